package io.frontdesk.cli;

import io.frontdesk.db.SqliteTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The build's step that makes the sandbox's template store ({@link SqliteTemplate}) into the classes folder before the
 * jar is packed, from the migrations compiled beside it.
 */
@Command(name = "schema-template", hidden = true,
        description = "Migrate an empty SQLite store and write it, with its manifest, under DIR/db/template.")
public final class SchemaTemplateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The classes folder the jar is packed from")
    Path outputDir;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("frontdesk-template-");
        try {
            SqliteTemplate.build(outputDir, work);
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
