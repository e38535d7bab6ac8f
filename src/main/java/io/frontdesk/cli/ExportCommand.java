package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.admin.PackFormat;
import io.frontdesk.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * `frontdesk export --account ID`: the account as a fixture pack (docs/sandbox.md, "Fixtures"), the same text
 * `GET /_frontdesk/accounts/{id}/export` answers, which `POST /_frontdesk/fixtures` and `sandbox --fixture` load back.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an account as a fixture pack (JSON or YAML) that a sandbox loads back.")
public final class ExportCommand extends AccountCommand {

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output")
    Path out;

    @Option(names = "--format", paramLabel = "json|yaml",
            description = "json or yaml; by default yaml when --out ends in .yaml or .yml, json otherwise")
    String format;

    private PackFormat chosen;

    @Override
    void check() {
        if (format == null) {
            chosen = out == null ? PackFormat.JSON : PackFormat.ofFileName(out.getFileName().toString());
            return;
        }
        chosen = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> PackFormat.JSON;
            case "yaml", "yml" -> PackFormat.YAML;
            default -> throw new ConfigException("--format must be json or yaml, not " + format);
        };
    }

    @Override
    int run(Application app) {
        String text = chosen.write(app.fixtures().export(account));
        if (out == null) {
            PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            stdout.print(text);
            stdout.flush();
            return 0;
        }
        try {
            // written beside and renamed over: a reader never sees half a pack
            Path absolute = out.toAbsolutePath();
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConfigException("cannot write " + out + ": " + e.getMessage());
        }
        System.err.println("exported account " + account + " to " + out);
        return 0;
    }
}
