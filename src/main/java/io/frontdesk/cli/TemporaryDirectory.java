package io.frontdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of a directory the process created for itself (the sandbox's throwaway store). */
final class TemporaryDirectory {

    private TemporaryDirectory() {
    }

    /** Best effort: called at exit, where a file that cannot be removed must not hide the real outcome. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("frontdesk: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
