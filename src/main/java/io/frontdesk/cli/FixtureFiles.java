package io.frontdesk.cli;

import io.frontdesk.admin.PackFormat;
import io.frontdesk.config.ConfigException;
import io.frontdesk.error.ApiException;
import io.frontdesk.sandbox.fixture.Pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Fixture packs named on the command line: read as the admin API reads a body, JSON or YAML by the file's name. */
final class FixtureFiles {

    private FixtureFiles() {
    }

    static List<Pack> read(List<Path> files) {
        List<Pack> packs = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ConfigException("cannot read the fixture pack " + file + ": " + e.getMessage());
            }
            try {
                packs.add(PackFormat.ofFileName(file.getFileName().toString()).read(bytes));
            } catch (ApiException e) {
                throw in(file, e);
            }
        }
        return packs;
    }

    /** The same refusal, saying which file it is about. */
    static ApiException in(Path file, ApiException e) {
        return new ApiException(e.kind(), "fixture pack " + file + ": " + e.getMessage(), e.errors());
    }
}
