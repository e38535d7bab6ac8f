package io.frontdesk.cli;

import io.frontdesk.setup.FirstStart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes first start's secrets once, readable by the owner only, and shows them once on standard output. */
final class CredentialsFile {

    private CredentialsFile() {
    }

    static String text(FirstStart.Result result) {
        return String.join("\n",
                "# Frontdesk first-start credentials. Shown once; keep this file private.",
                "account_id=" + result.owner().accountId(),
                "owner_user_id=" + result.owner().id(),
                "owner_email=" + result.owner().email(),
                "mailbox_id=" + result.mailbox().id(),
                "mailbox_email=" + result.mailbox().email(),
                "helpscout_v2_client_id=" + result.oauthApp().credential().clientId(),
                "helpscout_v2_client_secret=" + result.oauthApp().secret(),
                "helpscout_v1_api_key=" + result.apiKey().secret(),
                "helpcrunch_api_key=" + result.helpcrunchKey().secret(),
                "");
    }

    static Path write(Path dataDir, FirstStart.Result result) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("credentials.txt");
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, text(result), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write credentials.txt in " + dataDir, e);
        }
    }

    static Set<String> keys() {
        return Set.of("helpscout_v2_client_id", "helpscout_v2_client_secret", "helpscout_v1_api_key",
                "helpcrunch_api_key");
    }
}
