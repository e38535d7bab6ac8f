package io.frontdesk.admin;

import io.frontdesk.sandbox.CapturedMail;
import io.frontdesk.sandbox.SandboxAccounts;
import io.frontdesk.sandbox.SandboxWebhooks;
import io.frontdesk.sandbox.fixture.Fixtures;
import io.frontdesk.web.BodyLimit;
import io.frontdesk.web.Dialect;
import io.frontdesk.web.ErrorRenderer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's admin API under {@code /_frontdesk/} (docs/sandbox.md, "Admin API"): throwaway accounts, resets, the
 * clock, faults, the request journal, captured mail, webhook deliveries and fixture packs. It exists only when an admin token is
 * configured; its one credential is that token, and it answers in its own error format ({@link AdminErrors}). It is
 * the last dialect registered, so its fault filter runs after every vendor dialect's authentication.
 */
public final class AdminApi implements Dialect, AutoCloseable {

    public static final String PREFIX = "/_frontdesk";

    private final ErrorRenderer errors = new AdminErrors();
    private final AdminAuth auth;
    private final List<Dialect> vendors;
    private final RequestJournal journal;
    private final FaultRules faultRules = new FaultRules();
    private final FaultFilter faults;
    private final AdminAccountsHandler accounts;
    private final AdminClockHandler clock;
    private final AdminFaultsHandler faultHandler;
    private final AdminJournalHandler journalHandler;
    private final AdminMailHandler mail;
    private final AdminWebhooksHandler webhooks;
    private final AdminSnapshotsHandler snapshots;
    private final AdminFixturesHandler fixtures;

    /**
     * @param vendors the vendor dialects, whose requests get faults and are journaled
     * @param mail    null when capture-mail is off
     */
    public AdminApi(String token, List<Dialect> vendors, SandboxAccounts sandboxAccounts, SandboxWebhooks hooks,
                    Fixtures fixtures, CapturedMail mail, Clock clock, int journalSize) {
        this.auth = new AdminAuth(token);
        this.vendors = List.copyOf(vendors);
        this.journal = new RequestJournal(journalSize, clock);
        this.faults = new FaultFilter(this.vendors, faultRules);
        AdminAccountsHandler.AdminState state = new AdminAccountsHandler.AdminState(mail, journal, faultRules);
        this.accounts = new AdminAccountsHandler(sandboxAccounts, state);
        this.snapshots = new AdminSnapshotsHandler(sandboxAccounts, clock, state);
        this.clock = new AdminClockHandler(clock);
        this.faultHandler = new AdminFaultsHandler(faultRules);
        this.journalHandler = new AdminJournalHandler(journal);
        this.mail = new AdminMailHandler(mail);
        this.webhooks = new AdminWebhooksHandler(hooks);
        this.fixtures = new AdminFixturesHandler(fixtures);
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public boolean owns(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    @Override
    public ErrorRenderer errors() {
        return errors;
    }

    @Override
    public void requestDone(Context ctx, Float millis) {
        journal.record(ctx, millis, vendors);
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.before(PREFIX + "/*", auth::check);
        // Every vendor request, after the dialects' authentication: the rules and the one-off header.
        routes.before(faults::handle);
        String p = PREFIX;

        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/accounts \
        //      -H 'Content-Type: application/json' -d '{"name":"Acme"}'
        routes.post(p + "/accounts", accounts::create);
        // curl -X DELETE -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/accounts/2
        routes.delete(p + "/accounts/{id}", accounts::delete);
        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/accounts/2/reset
        routes.post(p + "/accounts/{id}/reset", accounts::reset);
        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/reset
        routes.post(p + "/reset", accounts::resetAll);

        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/fixtures \
        //      -H 'Content-Type: application/yaml' --data-binary @docs/examples/fixture-pack.yaml
        routes.post(p + "/fixtures", fixtures::load, BodyLimit.ATTACHMENT);
        // curl -H "Authorization: Bearer $ADMIN" -H 'Accept: application/yaml' \
        //      http://localhost:8080/_frontdesk/accounts/2/export
        routes.get(p + "/accounts/{id}/export", fixtures::export);

        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/snapshots \
        //      -H 'Content-Type: application/json' -d '{"name":"seeded"}'
        routes.post(p + "/snapshots", snapshots::save);
        // curl -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/snapshots
        routes.get(p + "/snapshots", snapshots::list);
        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/snapshots/seeded/restore
        routes.post(p + "/snapshots/{name}/restore", snapshots::restore);
        // curl -X DELETE -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/snapshots/seeded
        routes.delete(p + "/snapshots/{name}", snapshots::delete);

        // curl -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/clock
        routes.get(p + "/clock", clock::get);
        // curl -X PUT -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/clock \
        //      -H 'Content-Type: application/json' -d '{"now":"2030-01-01T00:00:00Z","frozen":true}'
        routes.put(p + "/clock", clock::put);
        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/clock/freeze
        routes.post(p + "/clock/freeze", clock::freeze);
        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/clock/resume
        routes.post(p + "/clock/resume", clock::resume);
        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/clock/advance \
        //      -H 'Content-Type: application/json' -d '{"seconds":3600}'
        routes.post(p + "/clock/advance", clock::advance);
        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/clock/reset
        routes.post(p + "/clock/reset", clock::reset);

        // curl -X POST -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/faults \
        //      -H 'Content-Type: application/json' -d '{"dialect":"helpscout-v2","path":"/v2/customers*","status":503,"times":2}'
        routes.post(p + "/faults", faultHandler::create);
        // curl -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/faults
        routes.get(p + "/faults", faultHandler::list);
        // curl -X DELETE -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/faults/1
        routes.delete(p + "/faults/{id}", faultHandler::delete);
        // curl -X DELETE -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/faults
        routes.delete(p + "/faults", faultHandler::clear);

        // curl -H "Authorization: Bearer $ADMIN" 'http://localhost:8080/_frontdesk/requests?accountId=2&method=POST'
        routes.get(p + "/requests", journalHandler::list);
        // curl -H "Authorization: Bearer $ADMIN" 'http://localhost:8080/_frontdesk/requests/count?path=/v2/customers*'
        routes.get(p + "/requests/count", journalHandler::count);
        // curl -X DELETE -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/requests
        routes.delete(p + "/requests", journalHandler::clear);

        // curl -H "Authorization: Bearer $ADMIN" 'http://localhost:8080/_frontdesk/mail?accountId=2'
        routes.get(p + "/mail", mail::list);
        // curl -X DELETE -H "Authorization: Bearer $ADMIN" http://localhost:8080/_frontdesk/mail
        routes.delete(p + "/mail", mail::clear);

        // curl -H "Authorization: Bearer $ADMIN" 'http://localhost:8080/_frontdesk/accounts/2/webhooks/deliveries'
        routes.get(p + "/accounts/{id}/webhooks/deliveries", webhooks::deliveries);
        // curl -H "Authorization: Bearer $ADMIN" \
        //      'http://localhost:8080/_frontdesk/accounts/2/webhooks/await?event=convo.created&resourceId=7&timeoutMs=5000'
        routes.get(p + "/accounts/{id}/webhooks/await", webhooks::await);
    }

    /** The vendor dialects plus this one, last. */
    public static List<Dialect> withAdmin(List<Dialect> vendors, AdminApi admin) {
        List<Dialect> all = new ArrayList<>(vendors);
        all.add(admin);
        return List.copyOf(all);
    }

    @Override
    public void close() {
        webhooks.close();
    }
}
