package io.frontdesk.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's class-data-sharing training run: a first start and one request of each kind, each answering as a
 * working server does. It fails when one does not, so a broken server never trains the archive quietly.
 */
class CdsTrainingCommandTest {

    @Test
    void the_training_run_starts_serves_every_dialect_and_exits_cleanly() {
        Cli.Run run = Cli.run("cds-training");

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }
}
