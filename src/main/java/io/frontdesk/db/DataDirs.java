package io.frontdesk.db;

import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigKey;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The data directory (SQLite's file, the server's lock, credentials.txt) made ready, or a one-line reason naming {@code FRONTDESK_DATA_DIR} and what is wrong. */
public final class DataDirs {

    private DataDirs() {
    }

    public static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ConfigException(ConfigKey.DATA_DIR.envName() + ": " + dir + " is not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigException(ConfigKey.DATA_DIR.envName() + ": cannot create " + dir + ": " + reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new ConfigException(ConfigKey.DATA_DIR.envName() + ": cannot write in " + dir
                    + ": permission denied");
        }
    }

    /**
     * What the operating system said, without the path the message repeats: NIO's exceptions carry the path as their
     * message and the reason (if any) apart.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " exists and is not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
