package io.frontdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sandbox's one machine-readable line: {@code {"frontdesk":"ready","url":"http://127.0.0.1:PORT",...}} with the
 * port it took and the credentials of each dialect, so a test harness reads everything it needs from one line.
 */
final class ReadyLine {

    private ReadyLine() {
    }

    static String render(FrontdeskConfig config, int port, boolean kept) {
        String url = "http://" + reachableHost(config.host()) + ":" + port;
        FrontdeskConfig.Bootstrap credentials = config.bootstrap();
        ObjectNode line = Json.object();
        line.put("frontdesk", "ready");
        line.put("url", url);
        line.put("port", port);
        line.put("pid", ProcessHandle.current().pid());
        line.put("dataDir", config.dataDir().toAbsolutePath().toString());
        line.put("dataKept", kept);
        ObjectNode v2 = line.putObject("helpscoutV2");
        v2.put("url", url + "/v2");
        v2.put("tokenUrl", url + "/v2/oauth2/token");
        v2.put("clientId", credentials.clientId().orElse(null));
        v2.put("clientSecret", credentials.clientSecret().orElse(null));
        ObjectNode v1 = line.putObject("helpscoutV1");
        v1.put("url", url + "/v1");
        v1.put("apiKey", credentials.apiKey().orElse(null));
        ObjectNode helpcrunch = line.putObject("helpcrunch");
        helpcrunch.put("url", url + config.helpcrunchPrefix());
        helpcrunch.put("apiKey", credentials.helpcrunchKey().orElse(null));
        config.sandbox().adminToken().ifPresent(token -> {
            ObjectNode admin = line.putObject("admin");
            admin.put("url", url + "/_frontdesk");
            admin.put("token", token);
        });
        try {
            return Json.MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Written beside the target and moved over it, so a harness polling for the file never reads half a line. */
    static void write(Path file, String line) {
        Path absolute = file.toAbsolutePath();
        try {
            Path partial = Files.createTempFile(absolute.getParent(), ".frontdesk-ready-", ".tmp");
            Files.writeString(partial, line + "\n", StandardCharsets.UTF_8);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ready file " + file, e);
        }
    }

    /** A wildcard bind is reached on loopback. */
    private static String reachableHost(String host) {
        return switch (host) {
            case "0.0.0.0", "" -> "127.0.0.1";
            case "::", "[::]" -> "[::1]";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
    }
}
