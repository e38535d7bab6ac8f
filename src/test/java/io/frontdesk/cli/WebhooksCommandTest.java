package io.frontdesk.cli;

import io.frontdesk.webhook.Receiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `frontdesk webhooks …` on the database the server uses: HelpCrunch subscriptions (which have no API) and the others,
 * test sends to a real receiver with the vendors' signatures, the delivery log, enabling and redelivery.
 */
class WebhooksCommandTest {

    @TempDir
    Path dataDir;

    private Receiver receiver;
    private String account;

    @BeforeEach
    void setUp() {
        receiver = Receiver.start();
        account = ok("accounts", "create", "--name", "Hooks", "--owner-email", "h@o.k").value("account_id");
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void a_helpcrunch_webhook_gets_one_account_wide_signing_key_and_a_signed_test_envelope() {
        Cli.Run created = ok("webhooks", "create", "--account", account, "--dialect", "helpcrunch", "--url",
                receiver.url("/crunch"), "--events", "customer.new,chat.closed");
        String key = created.value("signing_key");
        assertThat(key).matches("[0-9a-f]{40}");
        Cli.Run second = ok("webhooks", "create", "--account", account, "--dialect", "helpcrunch", "--url",
                receiver.url("/crunch2"), "--events", "chat.new");
        assertThat(second.value("signing_key")).as("the account's key").isEqualTo(key);

        Cli.Run test = ok("webhooks", "test", "--account", account, "--id", created.value("webhook_id"));

        assertThat(test.value("status")).isEqualTo("200");
        Receiver.Request request = receiver.await("/crunch", 1).get(0);
        assertThat(request.header("X-HelpCrunch-Signature"))
                .isEqualTo(Receiver.helpCrunchSignature(key, request.body()));
        assertThat(request.text()).startsWith("{\"event\":\"frontdesk.test\",\"eventData\":{\"test\":true,")
                .contains("\"attempts\":0,").contains("\"id\":\"" + request.header("X-Frontdesk-Delivery") + "\"");
        assertThat(ok("webhooks", "list", "--account", account).out())
                .contains(created.value("webhook_id") + "\thelpcrunch\tenabled\t" + receiver.url("/crunch")
                        + "\tevents=customer.new,chat.closed\tfailures=0")
                .doesNotContain(key);
    }

    @Test
    void a_help_scout_webhook_is_tested_with_helpscout_test_signed_with_its_secret() {
        String id = ok("webhooks", "create", "--account", account, "--dialect", "helpscout-v2", "--url",
                receiver.url("/hs"), "--events", "convo.created", "--secret", "asdfasdf").value("webhook_id");

        Cli.Run test = ok("webhooks", "test", "--account", account, "--id", id);

        Receiver.Request request = receiver.await("/hs", 1).get(0);
        assertThat(request.header("X-HelpScout-Event")).isEqualTo("helpscout.test");
        assertThat(request.header("X-HelpScout-Signature"))
                .isEqualTo(Receiver.helpScoutSignature("asdfasdf", request.body()));
        assertThat(ok("webhooks", "deliveries", "--account", account, "--id", id).out())
                .contains(test.value("delivery_id") + "\thelpscout.test\tdelivered\tattempts=1\tdelivery="
                        + request.header("X-Frontdesk-Delivery"))
                .contains("\tstatus=200\tduration_ms=").contains("\tresponse=ok");
    }

    @Test
    void a_410_disables_the_webhook_and_enable_then_redeliver_sends_the_failed_delivery_again() {
        String id = ok("webhooks", "create", "--account", account, "--dialect", "helpscout-v2", "--url",
                receiver.url("/gone"), "--events", "convo.created", "--secret", "s").value("webhook_id");
        receiver.answer(410);

        Cli.Run gone = run("webhooks", "test", "--account", account, "--id", id);

        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.value("status")).isEqualTo("410");
        String delivery = gone.value("delivery_id");
        assertThat(ok("webhooks", "list", "--account", account).out())
                .contains("\tdisabled\t").contains("disabled_reason=the receiver answered 410 Gone");
        assertThat(ok("webhooks", "deliveries", "--account", account, "--id", id, "--failed").out())
                .contains(delivery + "\thelpscout.test\tfailed\tattempts=1");
        Cli.Run refused = run("webhooks", "test", "--account", account, "--id", id);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("is disabled; enable it first");

        assertThat(ok("webhooks", "enable", "--account", account, "--id", id).value("state")).isEqualTo("enabled");
        Cli.Run again = ok("webhooks", "redeliver", "--account", account, "--delivery", delivery);

        assertThat(again.value("status")).isEqualTo("200");
        List<Receiver.Request> requests = receiver.await("/gone", 2);
        assertThat(requests.get(1).header("X-Frontdesk-Delivery")).isEqualTo(requests.get(0)
                .header("X-Frontdesk-Delivery"));
        assertThat(ok("webhooks", "deliveries", "--account", account, "--id", id, "--failed").out()).isEmpty();
    }

    @Test
    void redeliver_failed_queues_every_failed_delivery_of_a_webhook() {
        String id = ok("webhooks", "create", "--account", account, "--dialect", "helpscout-v2", "--url",
                receiver.url("/down"), "--events", "convo.created", "--secret", "s").value("webhook_id");
        receiver.answer(410);
        run("webhooks", "test", "--account", account, "--id", id);
        ok("webhooks", "enable", "--account", account, "--id", id);

        Cli.Run redelivered = ok("webhooks", "redeliver", "--account", account, "--failed", "--id", id);

        assertThat(redelivered.value("redelivered")).isEqualTo("1");
        assertThat(ok("webhooks", "deliveries", "--account", account, "--id", id).out()).contains("\tpending\t");
    }

    @Test
    void bad_subscriptions_are_refused_with_every_problem_named_and_private_targets_need_the_setting() {
        Cli.Run bad = Cli.run("webhooks", "create", "--account", account, "--dialect", "helpscout-v2", "--url",
                receiver.url("/x"), "--events", "convo.exploded", "--data-dir", dataDir.toString());

        assertThat(bad.exitCode()).as("%s", bad).isEqualTo(1);
        assertThat(bad.err()).contains("url: host 127.0.0.1 resolves to 127.0.0.1")
                .contains("events: is not an event of this webhook API").contains("secret: may not be empty");
        Cli.Run dialect = run("webhooks", "create", "--account", account, "--dialect", "zendesk", "--url",
                receiver.url("/x"), "--events", "a");
        assertThat(dialect.exitCode()).isEqualTo(2);
        assertThat(dialect.err()).contains("helpcrunch, helpscout-v2 or helpscout-v1");
        assertThat(ok("webhooks", "list", "--account", account).out()).isEmpty();
    }

    @Test
    void delete_removes_a_webhook_and_a_1_0_hook_replaces_the_one_before() {
        String first = ok("webhooks", "create", "--account", account, "--dialect", "helpscout-v1", "--url",
                receiver.url("/v1a"), "--events", "convo.created", "--secret", "s").value("webhook_id");
        String second = ok("webhooks", "create", "--account", account, "--dialect", "helpscout-v1", "--url",
                receiver.url("/v1b"), "--events", "convo.created", "--secret", "s").value("webhook_id");
        assertThat(ok("webhooks", "list", "--account", account).out()).doesNotContain("/v1a").contains("/v1b");

        assertThat(ok("webhooks", "delete", "--account", account, "--id", second).value("deleted")).isEqualTo(second);

        assertThat(ok("webhooks", "list", "--account", account).out()).isEmpty();
        assertThat(run("webhooks", "delete", "--account", account, "--id", first).exitCode()).isEqualTo(1);
    }

    /** With private targets allowed, as the receiver is on the loopback interface. */
    private Cli.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString(), "--webhook-allow-private", "true"));
        return Cli.run(all.toArray(String[]::new));
    }

    private Cli.Run ok(String... args) {
        Cli.Run run = run(args);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }
}
