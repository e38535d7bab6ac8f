package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.webhook.Attempt;
import io.frontdesk.webhook.Delivery;
import io.frontdesk.webhook.NewSubscription;
import io.frontdesk.webhook.Subscription;
import io.frontdesk.webhook.WebhookDialect;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `frontdesk webhooks …`: subscriptions of every dialect (HelpCrunch's only here: the vendor has no API for them),
 * the delivery log and redelivery. Secrets are never printed, except a HelpCrunch signing key made up by `create`.
 */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
        description = "Create, list, test and repair webhook subscriptions; read their delivery log.",
        subcommands = {WebhooksCommand.Create.class, WebhooksCommand.ListAll.class, WebhooksCommand.Delete.class,
                WebhooksCommand.Enable.class, WebhooksCommand.Ping.class, WebhooksCommand.Deliveries.class,
                WebhooksCommand.Redeliver.class})
public final class WebhooksCommand {

    /** A send from the command line holds its claim this long: far beyond one attempt's total timeout. */
    private static final Duration CLI_LEASE = Duration.ofMinutes(5);

    /** The names operators type, mapped to the dialects. */
    enum Dialect {
        helpcrunch(WebhookDialect.HELPCRUNCH),
        helpscout_v2(WebhookDialect.HELPSCOUT_V2),
        helpscout_v1(WebhookDialect.HELPSCOUT_V1);

        final WebhookDialect dialect;

        Dialect(WebhookDialect dialect) {
            this.dialect = dialect;
        }

        static Dialect parse(String text) {
            return valueOf(text.trim().replace('-', '_').toLowerCase(java.util.Locale.ROOT));
        }

        static String name(WebhookDialect dialect) {
            return dialect.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Subscribe a URL to events. A helpscout-v1 hook replaces the account's hook before it.")
    static final class Create extends AccountCommand {
        @Option(names = "--dialect", required = true, converter = DialectConverter.class,
                description = "helpcrunch, helpscout-v2 or helpscout-v1: the payloads, headers and signature")
        Dialect dialect;
        @Option(names = "--url", required = true, description = "Where deliveries are posted (http or https)")
        String url;
        @Option(names = "--events", required = true, split = ",",
                description = "Comma-separated event names of the dialect's catalogue")
        List<String> events = new ArrayList<>();
        @Option(names = "--secret", description = "Help Scout: the signing secret, at most 40 characters")
        String secret;
        @Option(names = "--signing-key", description = "HelpCrunch: the signing key (default: the account's "
                + "HelpCrunch key, or a new random one, printed once)")
        String signingKey;
        @Option(names = "--label", description = "A note for humans")
        String label;
        @Option(names = "--notification", description = "Help Scout 2.0: send only the resource's URI")
        boolean notification;
        @Option(names = "--mailbox-ids", split = ",", description = "Help Scout 2.0: limit convo.* events to these")
        List<Long> mailboxIds = new ArrayList<>();

        @Override
        int run(Application app) {
            app.accounts().account(account);
            String key = dialect.dialect == WebhookDialect.HELPCRUNCH ? signingKey : secret;
            NewSubscription request = new NewSubscription(dialect.dialect, url, events, key, label, notification,
                    null, mailboxIds, null);
            Subscription created = dialect.dialect == WebhookDialect.HELPSCOUT_V1
                    ? app.webhooks().replaceV1Hook(account, request) : app.webhooks().create(account, request);
            System.out.println("webhook_id=" + created.id());
            if (dialect.dialect == WebhookDialect.HELPCRUNCH && (signingKey == null || signingKey.isEmpty())) {
                System.out.println("signing_key=" + created.secret());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's webhooks.")
    static final class ListAll extends AccountCommand {

        /** One webhook a line: id, dialect, state, URL, then events, failures and why it was disabled. */
        @Override
        int run(Application app) {
            for (Subscription s : app.webhooks().list(account)) {
                System.out.println(s.id() + "\t" + Dialect.name(s.dialect()) + "\t" + s.state().token() + "\t"
                        + s.url() + "\tevents=" + String.join(",", s.events()) + "\tfailures="
                        + s.consecutiveFailures()
                        + (s.disabledReason() == null ? "" : "\tdisabled_reason=" + s.disabledReason()));
            }
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a webhook with its deliveries and their log.")
    static final class Delete extends AccountCommand {
        @Option(names = "--id", required = true, description = "Webhook id")
        long id;

        @Override
        int run(Application app) {
            app.webhooks().delete(account, id, null);
            System.out.println("deleted=" + id);
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Enable a webhook that failures, a 410 or a client disabled.")
    static final class Enable extends AccountCommand {
        @Option(names = "--id", required = true, description = "Webhook id")
        long id;

        @Override
        int run(Application app) {
            System.out.println("state=" + app.webhooks().enable(account, id).state().token());
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Send a test delivery now (helpscout.test, or a HelpCrunch test envelope) and print the "
                    + "answer; exit 1 when it was not a 2xx.")
    static final class Ping extends AccountCommand {
        @Option(names = "--id", required = true, description = "Webhook id")
        long id;

        @Override
        int run(Application app) {
            long delivery = app.webhooks().test(account, id);
            System.out.println("delivery_id=" + delivery);
            return sendNow(app, delivery);
        }
    }

    @Command(name = "deliveries", mixinStandardHelpOptions = true,
            description = "The delivery log of a webhook, newest first (at most 100), each with its attempts.")
    static final class Deliveries extends AccountCommand {
        @Option(names = "--id", required = true, description = "Webhook id")
        long id;
        @Option(names = "--failed", description = "Only deliveries that were given up")
        boolean failed;

        /**
         * A delivery a line (id, event, status, attempts, delivery id, created, last error), then one indented line per
         * attempt: time, status code or `-`, duration, error, response excerpt.
         */
        @Override
        int run(Application app) {
            for (Delivery d : app.webhooks().deliveries(account, id, failed)) {
                System.out.println(d.id() + "\t" + d.eventName() + "\t" + d.status().token() + "\tattempts="
                        + d.attempts() + "\tdelivery=" + d.deliveryUuid() + "\tcreated=" + d.createdAt()
                        + (d.lastError() == null ? "" : "\tlast_error=" + oneLine(d.lastError())));
                for (Attempt a : app.webhooks().attempts(account, d.id())) {
                    System.out.println("  " + a.attemptedAt() + "\tstatus="
                            + (a.statusCode() == null ? "-" : a.statusCode()) + "\tduration_ms=" + a.durationMs()
                            + (a.error() == null ? "" : "\terror=" + oneLine(a.error()))
                            + (a.responseExcerpt() == null || a.responseExcerpt().isEmpty() ? ""
                            : "\tresponse=" + oneLine(a.responseExcerpt())));
                }
            }
            return 0;
        }
    }

    @Command(name = "redeliver", mixinStandardHelpOptions = true,
            description = "Send one delivery again now, or queue every failed delivery of a webhook again.")
    static final class Redeliver extends AccountCommand {
        @ArgGroup(multiplicity = "1")
        Target target;

        static final class Target {
            @Option(names = "--delivery", required = true, description = "Delivery id (from `webhooks deliveries`)")
            Long delivery;
            @ArgGroup(exclusive = false)
            AllFailed allFailed;
        }

        static final class AllFailed {
            @Option(names = "--failed", required = true, description = "Every failed delivery of the webhook")
            boolean failed;
            @Option(names = "--id", required = true, description = "Webhook id")
            long id;
        }

        @Override
        int run(Application app) {
            if (target.delivery != null) {
                app.webhooks().redeliver(account, target.delivery);
                System.out.println("delivery_id=" + target.delivery);
                return sendNow(app, target.delivery);
            }
            System.out.println("redelivered=" + app.webhooks().redeliverFailed(account, target.allFailed.id));
            return 0;
        }
    }

    /** Sends a queued delivery from this process; a running server would also send it, whichever claims it first. */
    private static int sendNow(Application app, long delivery) {
        Optional<Attempt> attempt = app.webhookDeliveries().deliverNow(delivery, "cli-" + ProcessHandle.current().pid(),
                CLI_LEASE);
        if (attempt.isEmpty()) {
            System.out.println("queued=true");
            return 0;
        }
        Attempt a = attempt.get();
        System.out.println("status=" + (a.statusCode() == null ? "-" : a.statusCode()));
        System.out.println("duration_ms=" + a.durationMs());
        if (a.error() != null) {
            System.out.println("error=" + oneLine(a.error()));
        }
        return a.statusCode() != null && a.statusCode() >= 200 && a.statusCode() < 300 ? 0 : 1;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** Reads `--dialect` with a dash or an underscore, so a typo is a usage error naming the choices. */
    static final class DialectConverter implements picocli.CommandLine.ITypeConverter<Dialect> {
        @Override
        public Dialect convert(String value) {
            try {
                return Dialect.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a webhook dialect: use helpcrunch, helpscout-v2 or helpscout-v1");
            }
        }
    }
}
