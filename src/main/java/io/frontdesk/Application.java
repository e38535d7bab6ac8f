package io.frontdesk;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.AuthService;
import io.frontdesk.account.UserService;
import io.frontdesk.account.CredentialCache;
import io.frontdesk.account.jdbc.CredentialChanges;
import io.frontdesk.account.jdbc.JdbcAccountStore;
import io.frontdesk.channel.ChannelService;
import io.frontdesk.channel.jdbc.JdbcChannelStore;
import io.frontdesk.chat.ChatService;
import io.frontdesk.chat.jdbc.JdbcChatStore;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.conversation.AwayReassignment;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ScheduleService;
import io.frontdesk.conversation.jdbc.JdbcConversationStore;
import io.frontdesk.conversation.jdbc.JdbcThreadStore;
import io.frontdesk.conversation.jdbc.JdbcUploadStore;
import io.frontdesk.core.Futures;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.jdbc.JdbcCustomerStore;
import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseSettings;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Migrations;
import io.frontdesk.db.NewStore;
import io.frontdesk.db.SqliteTemplate;
import io.frontdesk.event.CustomerEventService;
import io.frontdesk.event.jdbc.JdbcCustomerEventStore;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.logging.StartupPhases;
import io.frontdesk.report.RecordingGate;
import io.frontdesk.report.ReportRebuild;
import io.frontdesk.report.ReportRecorder;
import io.frontdesk.report.ReportService;
import io.frontdesk.report.RollupFolding;
import io.frontdesk.report.jdbc.JdbcRebuildStore;
import io.frontdesk.report.jdbc.JdbcReportStore;
import io.frontdesk.eventlog.EventSubscriber;
import io.frontdesk.eventlog.jdbc.JdbcEventStore;
import io.frontdesk.helpcrunch.HcWebhookPayloads;
import io.frontdesk.helpcrunch.HelpCrunchApi;
import io.frontdesk.helpscout.v1.HelpScoutV1Api;
import io.frontdesk.helpscout.v1.V1WebhookPayloads;
import io.frontdesk.helpscout.v2.HelpScoutV2Api;
import io.frontdesk.helpscout.v2.V2WebhookPayloads;
import io.frontdesk.jobs.ClaimedJob;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobRunner;
import io.frontdesk.jobs.jdbc.JdbcJobStore;
import io.frontdesk.mail.ClaimedMessage;
import io.frontdesk.mail.Outbox;
import io.frontdesk.mail.OutboxSender;
import io.frontdesk.mail.jdbc.JdbcOutbox;
import io.frontdesk.mail.smtp.SmtpMailSender;
import io.frontdesk.mailbox.MailboxFieldService;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.mailbox.RoutingService;
import io.frontdesk.mailbox.jdbc.JdbcMailboxFieldStore;
import io.frontdesk.mailbox.jdbc.JdbcMailboxStore;
import io.frontdesk.mailbox.jdbc.JdbcRoutingStore;
import io.frontdesk.organization.OrganizationService;
import io.frontdesk.organization.jdbc.JdbcOrganizationStore;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.queue.QueueSettings;
import io.frontdesk.rating.RatingService;
import io.frontdesk.rating.jdbc.JdbcRatingStore;
import io.frontdesk.savedreply.SavedReplyService;
import io.frontdesk.savedreply.jdbc.JdbcSavedReplyStore;
import io.frontdesk.queue.QueueWorker;
import io.frontdesk.ratelimit.RateLimitService;
import io.frontdesk.ratelimit.AuthFailures;
import io.frontdesk.ratelimit.RateLimiter;
import io.frontdesk.ratelimit.WindowCounters;
import io.frontdesk.ratelimit.jdbc.JdbcRateLimitSettingsStore;
import io.frontdesk.ratelimit.jdbc.JdbcSharedCounterStore;
import io.frontdesk.setup.FirstStart;
import io.frontdesk.tag.TagService;
import io.frontdesk.team.TeamService;
import io.frontdesk.team.jdbc.JdbcTeamStore;
import io.frontdesk.workflow.WorkflowService;
import io.frontdesk.workflow.WorkflowTriggers;
import io.frontdesk.workflow.jdbc.JdbcWorkflowStore;
import io.frontdesk.tag.jdbc.JdbcTagStore;
import io.frontdesk.web.AuthAttempts;
import io.frontdesk.web.Dialect;
import io.frontdesk.web.HttpApi;
import io.frontdesk.webhook.AddressPolicy;
import io.frontdesk.webhook.ClaimedDelivery;
import io.frontdesk.webhook.DeliveryPolicy;
import io.frontdesk.webhook.PayloadRegistry;
import io.frontdesk.webhook.SubscriptionCache;
import io.frontdesk.webhook.SubscriptionChanges;
import io.frontdesk.webhook.WebhookDeliveryQueue;
import io.frontdesk.webhook.WebhookFanOut;
import io.frontdesk.webhook.WebhookService;
import io.frontdesk.webhook.http.PinnedHttpSender;
import io.frontdesk.webhook.jdbc.CountedSubscriptionChanges;
import io.frontdesk.webhook.jdbc.JdbcDeliveryStore;
import io.frontdesk.webhook.jdbc.SubscriptionChangeListener;
import io.frontdesk.webhook.jdbc.JdbcSubscriptionStore;
import io.frontdesk.webhook.WebhookPayloads;
import io.frontdesk.admin.AdminApi;
import io.frontdesk.sandbox.CapturedMail;
import io.frontdesk.sandbox.ControlledClock;
import io.frontdesk.sandbox.SandboxAccounts;
import io.frontdesk.sandbox.SandboxWebhooks;
import io.frontdesk.sandbox.fixture.Fixtures;
import io.frontdesk.sandbox.jdbc.JdbcFixtureStore;
import io.frontdesk.sandbox.jdbc.JdbcSandboxStore;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The composition root: every store, service and dialect is constructed here and nowhere else. The command line and
 * the tests both build the application through this class, so they run the same wiring.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** Jobs are rare (async deletes) and their effect is visible at once; half a second bounds their delay. */
    private static final Duration JOB_POLL = Duration.ofMillis(500);
    /** A delivery waits at most this long for a node to pick it up after its change commits. */

    private final FrontdeskConfig config;
    private final Database database;
    private final AccountService accounts;
    private final AuthService auth;
    private final CredentialCache credentialCache;
    private final CredentialChanges credentialChanges;
    private final WindowCounters rateCounters;
    /**
     * The reports' previous periods, counted beside the request's thread (ReportService): at most one per report
     * request, so as many as the request pools run; idle threads end after a minute.
     */
    private final ExecutorService reportThreads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "frontdesk-report-previous");
        thread.setDaemon(true);
        return thread;
    });
    private final RateLimiter rateLimiter;
    private final AuthFailures authFailures;
    private final RateLimitService rateLimits;
    private final MailboxService mailboxes;
    private final MailboxFieldService mailboxFields;
    private final TagService tags;
    private final CustomerService customers;
    private final CustomerEventService events;
    private final ConversationService conversations;
    private final ChannelService channels;
    private final ScheduleService schedules;
    private final RoutingService routing;
    private final ChatService chats;
    /** The one event record every write appends to; subscribers (webhooks) are added here and only here. */
    private final EventLog eventLog;
    private final OrganizationService organizations;
    private final SavedReplyService savedReplies;
    private final UserService users;
    private final TeamService teams;
    private final RatingService ratings;
    private final WorkflowService workflows;
    private final ReportService reports;
    private final ReportRebuild reportRebuild;
    /** Folds report facts into the rollups on the job lane (docs/reports.md, "Speed: rollups"). */
    private final RollupFolding rollupFolding;
    private final FirstStart firstStart;
    private final Outbox outbox;
    /** Every background queue of this node: jobs, and the outbox when outgoing mail is on. */
    private final QueueWorker queues;
    /** Null when outgoing mail is off (no SMTP host). */
    private final QueueLane<ClaimedMessage> outboxWorker;
    private final JdbcJobStore jobs;
    private final QueueLane<ClaimedJob> jobWorker;
    /** The lane of {@link JobKind#REPORT_ROLLUP} jobs. */
    private final QueueLane<ClaimedJob> rollupWorker;
    private final WebhookService webhooks;
    private final WebhookFanOut webhookFanOut;
    private final WebhookDeliveryQueue webhookDeliveries;
    private final QueueLane<ClaimedDelivery> webhookWorker;
    private final SubscriptionChanges subscriptionChanges;
    /** The core services as the dialects take them: the same instances as the fields above. */
    private final Services services;
    /** The port the HTTP server listens on once started; 0 until then (webhook payloads' links). */
    private volatile int listeningPort;
    /** The clock every part of this application reads (a {@link ControlledClock} when clock-control is on). */
    private final Clock clock;
    /** Null unless capture-mail is on. */
    private final CapturedMail capturedMail;
    private final SandboxAccounts sandboxAccounts;
    private final SandboxWebhooks sandboxWebhooks;
    private final Fixtures fixtures;
    /** Null unless an admin token is configured; built with the HTTP routes. */
    private AdminApi admin;

    private Application(FrontdeskConfig config, Database database, Clock clock) {
        this.config = config;
        this.database = database;
        this.clock = clock;
        this.queues = new QueueWorker(QueueWorker.newNodeId(), clock);
        if (config.sandbox().captureMail()) {
            // The outbox queues and its worker runs as with SMTP; only the last step keeps the message instead.
            JdbcOutbox jdbcOutbox = new JdbcOutbox(database, clock);
            this.outbox = jdbcOutbox;
            this.capturedMail = new CapturedMail(clock);
            this.outboxWorker = queues.register(OutboxSender.settings(config.outboxPoll(), config.smtp().timeout()),
                    new OutboxSender(jdbcOutbox, capturedMail, clock));
        } else if (config.smtp().enabled()) {
            this.capturedMail = null;
            JdbcOutbox jdbcOutbox = new JdbcOutbox(database, clock);
            this.outbox = jdbcOutbox;
            this.outboxWorker = queues.register(OutboxSender.settings(config.outboxPoll(), config.smtp().timeout()),
                    new OutboxSender(jdbcOutbox, new SmtpMailSender(config.smtp()), clock));
        } else {
            // Off means nothing is queued either: mail written while off is not sent in a burst when it is turned on.
            this.capturedMail = null;
            this.outbox = Outbox.DISABLED;
            this.outboxWorker = null;
        }
        JdbcAccountStore accountStore = new JdbcAccountStore(database);
        // Credentials are cached only while changes made elsewhere are heard: PostgreSQL notifies, SQLite is polled.
        this.credentialCache = CredentialCache.create(clock);
        this.credentialChanges = CredentialChanges.watch(database, credentialCache);
        this.accounts = new AccountService(accountStore, database, clock, credentialCache);
        this.auth = new AuthService(accountStore, database, clock, config.tokenTtl(), credentialCache);
        // One SQLite node counts in memory; PostgreSQL may serve several nodes, which share their counts.
        JdbcRateLimitSettingsStore rateSettings = new JdbcRateLimitSettingsStore(database);
        this.rateCounters = database.vendor() == DbVendor.POSTGRESQL ? WindowCounters.shared(
                new JdbcSharedCounterStore(database), clock, WindowCounters.DEFAULT_SYNC_INTERVAL)
                : WindowCounters.alone();
        this.rateLimiter = new RateLimiter(rateSettings, rateCounters, config.rateLimitDefaultMode(), clock);
        this.authFailures = new AuthFailures(config.authFailureLimits(), clock);
        this.rateLimits = new RateLimitService(rateSettings, accounts, database, rateLimiter, clock);
        JdbcMailboxStore mailboxStore = new JdbcMailboxStore(database);
        this.mailboxes = new MailboxService(mailboxStore, clock);
        this.mailboxFields = new MailboxFieldService(new JdbcMailboxFieldStore(database), mailboxStore, database,
                clock);
        this.eventLog = new EventLog(new JdbcEventStore(database), clock);
        this.tags = new TagService(new JdbcTagStore(database), clock, eventLog, database);
        this.jobs = new JdbcJobStore(database, clock);
        this.customers = new CustomerService(new JdbcCustomerStore(database), tags, database, clock, jobs, eventLog);
        this.events = new CustomerEventService(new JdbcCustomerEventStore(database), customers, database, clock);
        this.users = new UserService(accountStore, mailboxes, database, clock, credentialCache, eventLog, jobs);
        this.routing = new RoutingService(new JdbcRoutingStore(database), mailboxes, accounts, users, database,
                clock);
        this.conversations = new ConversationService(new JdbcConversationStore(database),
                new JdbcThreadStore(database), customers, tags, mailboxes, accounts, mailboxFields::list, outbox,
                database, clock, eventLog, new JdbcUploadStore(database), jobs, routing::assign);
        this.schedules = new ScheduleService(new JdbcConversationStore(database), new JdbcThreadStore(database),
                customers, mailboxes, accounts, outbox, jobs, database, clock, eventLog);
        this.organizations = new OrganizationService(new JdbcOrganizationStore(database), customers, conversations,
                database, clock);
        this.savedReplies = new SavedReplyService(new JdbcSavedReplyStore(database), mailboxes, conversations,
                database, clock);
        this.teams = new TeamService(new JdbcTeamStore(database), accounts, database, clock);
        this.ratings = new RatingService(new JdbcRatingStore(database), conversations, eventLog, database, clock);
        JdbcWorkflowStore workflowStore = new JdbcWorkflowStore(database);
        this.workflows = new WorkflowService(workflowStore, mailboxes, mailboxFields::list, conversations,
                savedReplies, accounts, database, clock);
        // The reports' history is written in every change's transaction, whichever dialect or command made it; its
        // rollups are folded on a job lane (looked up when a fold is queued: it is registered below).
        JdbcReportStore reportStore = new JdbcReportStore(database);
        QueueSettings rollupSettings = RollupFolding.settings(JOB_POLL);
        this.rollupFolding = new RollupFolding(reportStore, jobs, database, clock,
                () -> queues.lane(rollupSettings.name()).ifPresent(QueueLane::wake));
        this.jobWorker = queues.register(JobRunner.settings(JOB_POLL),
                new JobRunner(jobs, database, clock, Map.of(JobKind.CUSTOMER_DELETE, customers::purge,
                        JobKind.CONVERSATION_WAKE, schedules::wake, JobKind.THREAD_SEND, schedules::send,
                        JobKind.WORKFLOW_RUN, workflows::runQueued,
                        JobKind.USER_AWAY_REASSIGN, new AwayReassignment(users, conversations, routing::assign)::run,
                        JobKind.UPLOAD_EXPIRE, conversations::expireUpload)));
        // the same jobs table on a lane of its own: the folds a stream of writes queues a few times a second never
        // hold up the other kinds' jobs, nor are counted among them
        this.rollupWorker = queues.register(rollupSettings, new JobRunner(jobs, database, clock,
                Map.of(JobKind.REPORT_ROLLUP, rollupFolding::run)));
        this.channels = new ChannelService(new JdbcChannelStore(database), mailboxes, database, clock);
        this.chats = new ChatService(conversations, schedules, channels, teams, mailboxes, new JdbcChatStore(database),
                database, clock, eventLog);
        // before the webhook fan-out: a woken chat is unread when its chat.unsnoozed is captured
        eventLog.subscribe(chats);
        this.firstStart = new FirstStart(accounts, mailboxes, database);
        JdbcRebuildStore rebuildStore = new JdbcRebuildStore(database);
        // paused for an account while `reports rebuild` replays its record (docs/reports.md)
        eventLog.subscribe(new RecordingGate(new ReportRecorder(reportStore, rollupFolding::written), rebuildStore));
        this.reportRebuild = new ReportRebuild(rebuildStore, reportStore, rollupFolding, eventLog, database, clock,
                ReportRebuild.BATCH);
        this.reports = new ReportService(reportStore, rollupFolding, accounts, teams, database, reportThreads);
        JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(database);
        JdbcDeliveryStore deliveries = new JdbcDeliveryStore(database);
        AddressPolicy addresses = new AddressPolicy(config.webhooks().allowPrivate());
        // Each dialect renders its subscribers' bodies; the fan-out queues deliveries in every change's transaction.
        PayloadRegistry payloads = new PayloadRegistry(webhookPayloads());
        // An account's enabled subscriptions are cached while every change to them is heard (SQLite's counted row,
        // PostgreSQL's notices), so the changes of accounts without any read none.
        this.subscriptionChanges = database.vendor() == DbVendor.POSTGRESQL
                ? new SubscriptionChangeListener(database) : new CountedSubscriptionChanges(database);
        this.webhooks = new WebhookService(subscriptions, deliveries, mailboxes, addresses, database, clock,
                subscriptionChanges);
        // Automatic workflows are queued in the change's transaction and run after it commits (docs/workflows.md).
        eventLog.subscribe(new WorkflowTriggers(workflowStore, jobs, clock));
        this.webhookDeliveries = new WebhookDeliveryQueue(deliveries, subscriptions, payloads,
                new PinnedHttpSender(addresses, config.webhooks().connectTimeout(), config.webhooks().timeout()),
                DeliveryPolicy.DEFAULT, clock, config.webhooks().retention());
        this.webhookWorker = queues.register(WebhookDeliveryQueue.settings(config.webhooks().pollInterval(),
                config.webhooks().timeout(), DeliveryPolicy.DEFAULT), webhookDeliveries);
        // Deliveries a change queued are sent by this node as soon as it commits; the poll finds other nodes' ones.
        this.webhookFanOut = new WebhookFanOut(new SubscriptionCache(subscriptions, subscriptionChanges), deliveries,
                payloads, database, webhookWorker::wake, clock);
        eventLog.subscribe(webhookFanOut);
        JdbcSandboxStore sandboxStore = new JdbcSandboxStore(database);
        this.sandboxAccounts = new SandboxAccounts(accounts, firstStart, config.bootstrap(), sandboxStore,
                database, credentialCache);
        this.sandboxWebhooks = new SandboxWebhooks(sandboxStore, webhooks, accounts);
        this.services = new Services(auth, accounts, users, rateLimiter, mailboxes, mailboxFields, routing, customers,
                events, tags, conversations, schedules, channels, chats, organizations, savedReplies, teams, ratings,
                workflows, reports, webhooks);
        this.fixtures = new Fixtures(new JdbcFixtureStore(database), accounts, mailboxes, webhooks, database,
                clock);
        if (clock instanceof ControlledClock controlled) {
            // Work that a jump of the clock made due (a snooze's wake-up, a webhook retry) runs at once.
            controlled.onMove(queues::wakeAll);
        }
    }

    /** Opens the database and brings its schema up to date. No HTTP yet. */
    public static Application open(FrontdeskConfig config) {
        return open(config, Clock.systemUTC());
    }

    public static Application open(FrontdeskConfig config, Clock clock) {
        return open(config, clock, app -> { });
    }

    /**
     * Opens the database and, while its schema is brought up to date on another thread, builds the services and hands
     * them to {@code whileMigrating} (the server builds its HTTP routes there). Both are mostly class loading and run
     * side by side on two cores. {@code whileMigrating} must not touch the database; the returned application may.
     */
    public static Application open(FrontdeskConfig config, Clock clock, Consumer<Application> whileMigrating) {
        return open(config, clock, whileMigrating, NewStore.MIGRATE);
    }

    /**
     * {@link #open(FrontdeskConfig, Clock, Consumer)}, where a store that does not exist yet gets its schema as
     * {@code newStore} says: copied from the build's template store it needs no migration, and Flyway is not started.
     */
    public static Application open(FrontdeskConfig config, Clock clock, Consumer<Application> whileMigrating,
                                   NewStore newStore) {
        if (config.sandbox().clockControl() && !(clock instanceof ControlledClock)) {
            clock = new ControlledClock(clock);
        }
        DatabaseSettings settings = DatabaseSettings.from(config);
        boolean fromTemplate = newStore == NewStore.FROM_TEMPLATE && SqliteTemplate.install(settings);
        StartupPhases.mark(fromTemplate ? "template copied" : "no template");
        Database database = Database.open(settings);
        StartupPhases.mark("store opened");
        CompletableFuture<Void> migrated = new CompletableFuture<>();
        if (fromTemplate) {
            migrated.complete(null);
        } else {
            Thread migrations = new Thread(() -> {
                try {
                    Migrations.apply(database);
                    StartupPhases.mark("migrated");
                    migrated.complete(null);
                } catch (Throwable e) {
                    migrated.completeExceptionally(e);
                }
            }, "frontdesk-migrations");
            migrations.start();
        }
        try {
            Application app;
            try {
                app = new Application(config, database, clock);
                StartupPhases.mark("services built");
                whileMigrating.accept(app);
            } finally {
                Futures.join(migrated);
            }
            return app;
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    public Javalin http() {
        return http(routes -> { });
    }

    /** The HTTP server, unstarted; {@code extraRoutes} lets tests add routes of their own. */
    public Javalin http(Consumer<RoutesConfig> extraRoutes) {
        List<Dialect> dialects = dialects();
        if (config.sandbox().adminApi()) {
            // Without a token there is no admin API at all: its paths are unknown routes (404), and no fault header
            // or journal exists.
            admin = new AdminApi(config.sandbox().adminToken().orElseThrow(), dialects, sandboxAccounts,
                    sandboxWebhooks, fixtures, capturedMail, clock, config.sandbox().journalSize());
            dialects = AdminApi.withAdmin(dialects, admin);
        }
        return HttpApi.create(config, dialects, database::ping, extraRoutes, port -> listeningPort = port);
    }

    private List<Dialect> dialects() {
        AuthAttempts attempts = new AuthAttempts(authFailures);
        return List.of(new HelpScoutV2Api(services, attempts), new HelpScoutV1Api(services, attempts),
                new HelpCrunchApi(config.helpcrunchPrefix(), services, attempts));
    }

    public FrontdeskConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public AccountService accounts() {
        return accounts;
    }

    public AuthService auth() {
        return auth;
    }

    /** Each account's rate-limit mode and limits (`accounts set --rate-limit-…`). */
    public RateLimitService rateLimits() {
        return rateLimits;
    }

    public MailboxService mailboxes() {
        return mailboxes;
    }

    public MailboxFieldService mailboxFields() {
        return mailboxFields;
    }

    public TagService tags() {
        return tags;
    }

    public CustomerService customers() {
        return customers;
    }

    public CustomerEventService events() {
        return events;
    }

    public ChannelService channels() {
        return channels;
    }

    public ChatService chats() {
        return chats;
    }

    public ConversationService conversations() {
        return conversations;
    }

    /** The event record: what the core's writes recorded, in order. */
    public EventLog eventLog() {
        return eventLog;
    }

    /**
     * Adds a subscriber called inside the transaction of every recorded change (webhook fan-out). Part of composing
     * the application: call it before the server takes requests.
     */
    public void subscribe(EventSubscriber subscriber) {
        eventLog.subscribe(subscriber);
    }

    /**
     * Each dialect's webhook bodies, links based on the configured public URL (else this node's own address).
     */
    public List<WebhookPayloads> webhookPayloads() {
        return webhookPayloads(account -> baseUrl());
    }

    /**
     * The configured public URL, else this node's own address with the port it listens on (the configured port
     * until the server started, which may be 0).
     */
    public String baseUrl() {
        if (config.publicUrl().isPresent()) {
            return config.publicUrl().get().toString();
        }
        int port = listeningPort != 0 ? listeningPort : config.port();
        return "http://" + ("0.0.0.0".equals(config.host()) ? "localhost" : config.host()) + ":" + port;
    }

    /**
     * Each dialect's webhook bodies; {@code baseUrls} gives an account's link base (Help Scout 2.0 bodies hold
     * absolute links), for example the base a subscription was created from when no public URL is configured.
     */
    public List<WebhookPayloads> webhookPayloads(LongFunction<String> baseUrls) {
        return List.of(new V2WebhookPayloads(customers, conversations, tags, ratings, baseUrls),
                new V1WebhookPayloads(customers, conversations, mailboxes, mailboxFields, ratings),
                new HcWebhookPayloads(customers, conversations, accounts, chats));
    }

    public OrganizationService organizations() {
        return organizations;
    }

    /** Users' own administration through the API: create, delete, status. */
    public UserService users() {
        return users;
    }

    public TeamService teams() {
        return teams;
    }

    public RatingService ratings() {
        return ratings;
    }

    public WorkflowService workflows() {
        return workflows;
    }

    public SavedReplyService savedReplies() {
        return savedReplies;
    }

    public ReportService reports() {
        return reports;
    }

    public ReportRebuild reportRebuild() {
        return reportRebuild;
    }

    /** What folds report facts into the rollups on the job lane, and rebuilds them. */
    public RollupFolding rollupFolding() {
        return rollupFolding;
    }

    public FirstStart firstStart() {
        return firstStart;
    }

    /** The clock every part of the application reads; a {@link ControlledClock} when clock-control is on. */
    public Clock clock() {
        return clock;
    }

    /** The controllable clock, when clock-control is on. */
    public Optional<ControlledClock> controlledClock() {
        return clock instanceof ControlledClock c ? Optional.of(c) : Optional.empty();
    }

    /** Fixture packs: `sandbox --fixture` loads them, `export` writes them. */
    public Fixtures fixtures() {
        return fixtures;
    }

    /** Throwaway accounts and resets of the sandbox; {@code sandbox} calls {@code remember} after first start. */
    public SandboxAccounts sandboxAccounts() {
        return sandboxAccounts;
    }

    /** The mail the outbox captured instead of sending, when capture-mail is on. */
    public Optional<CapturedMail> capturedMail() {
        return Optional.ofNullable(capturedMail);
    }

    /** Where replies and auto-replies queue their email; {@link Outbox#DISABLED} when no SMTP host is set. */
    public Outbox outbox() {
        return outbox;
    }

    /** The background sender of the outbox; empty when outgoing mail is off. */
    public Optional<QueueLane<ClaimedMessage>> outboxWorker() {
        return Optional.ofNullable(outboxWorker);
    }

    /** The durable background jobs (async customer deletes): where they are queued and read. */
    public JdbcJobStore jobs() {
        return jobs;
    }

    /** Webhook subscriptions of every dialect, their delivery log and redelivery. */
    public WebhookService webhooks() {
        return webhooks;
    }

    /** Queues each recorded event's webhook deliveries in the change's transaction; the event log calls it. */
    public WebhookFanOut webhookFanOut() {
        return webhookFanOut;
    }

    /** The webhook delivery queue the background worker drains. */
    public WebhookDeliveryQueue webhookDeliveries() {
        return webhookDeliveries;
    }

    /** This node's lane of the webhook delivery queue; {@link #start} starts it with the other queues. */
    public QueueLane<ClaimedDelivery> webhookWorker() {
        return webhookWorker;
    }

    /** Lets this node cache credentials; {@link #start} calls it, and a second call does nothing. */
    public void startCredentialCache() {
        credentialChanges.start();
    }

    /** Lets this node cache accounts' webhook subscriptions (PostgreSQL's listener); {@link #start} calls it. */
    public void startSubscriptionCache() {
        subscriptionChanges.start();
    }

    /** Active once {@link #startCredentialCache} hears changes (PostgreSQL's notices, SQLite's polled count). */
    public CredentialCache credentialCache() {
        return credentialCache;
    }

    /** The background runner of {@link #jobs()}; {@link #start} starts it on every node. */
    public QueueLane<ClaimedJob> jobWorker() {
        return jobWorker;
    }

    /** The lane that folds report facts into the rollups ({@link RollupFolding}); {@link #start} starts it. */
    public QueueLane<ClaimedJob> rollupWorker() {
        return rollupWorker;
    }

    /** This node's one worker for background queues; a feature with work of its own registers a queue here. */
    public QueueWorker queues() {
        return queues;
    }

    /**
     * Starts the background work (what lets credentials be cached, the job worker, and the outbox worker when SMTP is
     * configured). {@code serve} calls it; tests that build servers through {@link #http} get no background work unless
     * they call it too.
     */
    public void start() {
        startCredentialCache();
        startSubscriptionCache();
        if (capturedMail != null) {
            LOG.info("outgoing email: captured in memory (capture-mail)");
        } else if (outboxWorker == null) {
            LOG.info("outgoing email: off (no smtp-host)");
        } else {
            FrontdeskConfig.Smtp smtp = config.smtp();
            LOG.info("outgoing email: via {}:{} ({})", smtp.host().orElseThrow(), smtp.port(),
                    smtp.security().name().toLowerCase(Locale.ROOT));
        }
        // facts left pending by an upgrade (V47) or a stop before their fold
        rollupFolding.queuePending();
        queues.start();
    }

    /** Stops the background work first, so the worker can still record the message it is sending. */
    @Override
    public void close() {
        if (admin != null) {
            admin.close();
        }
        credentialChanges.close();
        subscriptionChanges.close();
        queues.close();
        rateCounters.close();
        reportThreads.shutdownNow();
        try {
            sandboxAccounts.close();
        } catch (RuntimeException e) {
            LOG.warn("sandbox: snapshots not freed at shutdown: {}", e.getMessage());
        }
        database.close();
    }
}
