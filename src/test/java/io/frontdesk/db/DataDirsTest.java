package io.frontdesk.db;

import io.frontdesk.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A data directory that cannot be used names FRONTDESK_DATA_DIR and what the operating system said, once. */
class DataDirsTest {

    @TempDir
    Path tmp;

    @Test
    void a_missing_directory_is_created() {
        Path dir = tmp.resolve("a").resolve("b");

        DataDirs.prepare(dir);

        assertThat(dir).isDirectory();
    }

    @Test
    void a_file_in_its_place_is_named_as_not_a_directory() throws IOException {
        Path file = Files.writeString(tmp.resolve("data"), "x");

        assertThatThrownBy(() -> DataDirs.prepare(file)).isInstanceOf(ConfigException.class)
                .hasMessage("FRONTDESK_DATA_DIR: " + file + " is not a directory");
        assertThatThrownBy(() -> DataDirs.prepare(file.resolve("below"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("FRONTDESK_DATA_DIR: cannot create " + file.resolve("below") + ": ")
                .hasMessageContaining("not a directory");
    }

    @Test
    void a_directory_this_user_cannot_write_is_permission_denied() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path dir = Files.createDirectory(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(dir), "root writes anywhere");

            assertThatThrownBy(() -> DataDirs.prepare(dir)).isInstanceOf(ConfigException.class)
                    .hasMessage("FRONTDESK_DATA_DIR: cannot write in " + dir + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void the_reason_is_what_the_system_said_without_the_path_again() {
        assertThat(DataDirs.reason(new AccessDeniedException("/srv/data"))).isEqualTo("permission denied");
        assertThat(DataDirs.reason(new java.nio.file.FileSystemException("/srv/data", null, "No space left on device")))
                .isEqualTo("no space left on device");
    }
}
