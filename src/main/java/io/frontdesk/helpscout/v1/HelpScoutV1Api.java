package io.frontdesk.helpscout.v1;

import io.frontdesk.Services;
import io.frontdesk.account.AuthService;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.ratelimit.RatePolicy;
import io.frontdesk.helpscout.reports.HelpScoutReports;
import io.frontdesk.helpscout.reports.ReportParams;
import io.frontdesk.report.SeriesFigure;
import io.frontdesk.web.BodyLimit;
import io.frontdesk.web.Dialect;
import io.frontdesk.web.ErrorRenderer;
import io.frontdesk.web.AuthAttempts;
import io.frontdesk.web.RateLimitFilter;
import io.frontdesk.web.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Help Scout Mailbox API 1.0 route table: `/v1/….json`, HTTP Basic with the API key as user name and any password.
 */
public final class HelpScoutV1Api implements Dialect {

    private final AuthService auth;
    private final ErrorRenderer errors = new V1ErrorRenderer();
    private final V1UserHandler users;
    private final V1CustomerHandler customers;
    private final V1MailboxHandler mailboxHandler;
    private final V1TagHandler tagHandler;
    private final V1HookHandler hooks;
    private final V1ThreadSourceHandler threadSources;
    private final V1ConversationHandler conversationHandler;
    private final V1TeamHandler teamHandler;
    private final V1AttachmentHandler attachments;
    private final V1WorkflowHandler workflowHandler;
    private final RateLimitFilter rateLimit;
    private final AuthAttempts attempts;

    private final HelpScoutReports reports;

    public HelpScoutV1Api(Services services, AuthAttempts attempts) {
        this.auth = services.auth();
        this.reports = new HelpScoutReports(services.reports(), services.tags(), ReportParams.V1_DAY_LIMIT);
        this.attempts = attempts;
        this.rateLimit = new RateLimitFilter(services.rateLimiter(), RatePolicy.HELPSCOUT_V1,
                V1RateLimitHeaders::write);
        this.users = new V1UserHandler(services.accounts());
        this.customers = new V1CustomerHandler(services.customers(), services.mailboxes());
        this.mailboxHandler = new V1MailboxHandler(services.mailboxes(), services.mailboxFields(), services.accounts(),
                services.conversations());
        this.tagHandler = new V1TagHandler(services.tags());
        this.hooks = new V1HookHandler(services.webhooks());
        this.threadSources = new V1ThreadSourceHandler(services.conversations());
        this.conversationHandler = new V1ConversationHandler(services.conversations(), services.mailboxes(),
                services.mailboxFields(), services.customers(), services.accounts());
        this.teamHandler = new V1TeamHandler(services.teams());
        this.attachments = new V1AttachmentHandler(services.conversations());
        this.workflowHandler = new V1WorkflowHandler(services.workflows());
    }

    @Override
    public boolean owns(String path) {
        return path.equals("/v1") || path.startsWith("/v1/");
    }

    @Override
    public String name() {
        return "helpscout-v1";
    }

    @Override
    public java.util.Map<String, String> refusedRateLimitHeaders() {
        return rateLimit.refusedHeaders();
    }

    @Override
    public ErrorRenderer errors() {
        return errors;
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.before("/v1/*", this::authenticate);
        // After authentication: the minute window and, for writes, the burst window; headers, or 429 + Retry-After.
        routes.before("/v1/*", rateLimit);

        // curl -u API_KEY:X http://localhost:8080/v1/users/me.json
        routes.get("/v1/users/me.json", users::me);
        directoryRoutes(routes);

        // curl -u API_KEY:X 'http://localhost:8080/v1/customers.json?email=vbear@mywork.com&page=1'
        routes.get("/v1/customers.json", this.customers::list);
        // curl -u API_KEY:X -H 'Content-Type: application/json' 'http://localhost:8080/v1/customers.json?reload=true' \
        //      -d '{"firstName":"Vernon","lastName":"Bear","emails":[{"value":"vbear@mywork.com","location":"work"}]}'
        routes.post("/v1/customers.json", this.customers::create);
        // curl -u API_KEY:X http://localhost:8080/v1/customers/1.json
        routes.get("/v1/customers/{id}.json", this.customers::get);
        // curl -u API_KEY:X -X PUT -H 'Content-Type: application/json' http://localhost:8080/v1/customers/1.json \
        //      -d '{"jobTitle":"CEO","emails":[{"id":-7},{"value":"vernon@home.com","location":"home"}]}'
        routes.put("/v1/customers/{id}.json", this.customers::update);
        // curl -u API_KEY:X -G http://localhost:8080/v1/search/customers.json --data-urlencode 'query=(firstName:"John")'
        routes.get("/v1/search/customers.json", this.customers::search);
        // curl -u API_KEY:X 'http://localhost:8080/v1/mailboxes/1/customers.json?page=2'
        routes.get("/v1/mailboxes/{id}/customers.json", this.customers::listInMailbox);
        // curl -u API_KEY:X -H 'Content-Type: application/json' http://localhost:8080/v1/hooks.json \
        //      -d '{"url":"https://example.com/hs","events":["convo.created"],"secret":"mZ9XbGHodX"}'
        routes.post("/v1/hooks.json", hooks::create);
        conversationRoutes(routes);
    }

    /** Conversations, their threads, attachments and folders, conversation search, teams, workflows. */
    private void conversationRoutes(RoutesConfig routes) {
        V1ConversationHandler c = conversationHandler;
        // curl -u API_KEY:X 'http://localhost:8080/v1/mailboxes/1/conversations.json?status=active&tag=vip,beta&page=2'
        routes.get("/v1/mailboxes/{id}/conversations.json", c::listInMailbox);
        // curl -u API_KEY:X 'http://localhost:8080/v1/mailboxes/1/folders/11/conversations.json'
        routes.get("/v1/mailboxes/{id}/folders/{folderId}/conversations.json", c::listInFolder);
        // curl -u API_KEY:X 'http://localhost:8080/v1/mailboxes/1/customers/7/conversations.json'
        routes.get("/v1/mailboxes/{id}/customers/{customerId}/conversations.json", c::listForCustomer);
        // curl -u API_KEY:X 'http://localhost:8080/v1/mailboxes/1/users/4/conversations.json'
        routes.get("/v1/mailboxes/{id}/users/{userId}/conversations.json", c::listForUser);
        // curl -u API_KEY:X http://localhost:8080/v1/mailboxes/1/folders.json
        routes.get("/v1/mailboxes/{id}/folders.json", mailboxHandler::folders);
        // curl -u API_KEY:X -H 'Content-Type: application/json' 'http://localhost:8080/v1/conversations.json?reload=true' \
        //      -d '{"subject":"Hi","mailbox":{"id":1},"customer":{"email":"a@b.com"},
        //           "threads":[{"type":"customer","createdBy":{"email":"a@b.com","type":"customer"},"body":"Help"}]}'
        routes.post("/v1/conversations.json", c::create, BodyLimit.CONVERSATION);
        // curl -u API_KEY:X http://localhost:8080/v1/conversations/1.json
        routes.get("/v1/conversations/{id}.json", c::get);
        // curl -u API_KEY:X -X PUT -H 'Content-Type: application/json' http://localhost:8080/v1/conversations/1.json \
        //      -d '{"status":"closed","tags":["vip"]}'
        routes.put("/v1/conversations/{id}.json", c::update);
        // curl -u API_KEY:X -X DELETE http://localhost:8080/v1/conversations/1.json
        routes.delete("/v1/conversations/{id}.json", c::delete);
        // curl -u API_KEY:X -H 'Content-Type: application/json' http://localhost:8080/v1/conversations/1.json \
        //      -d '{"type":"note","createdBy":{"id":4,"type":"user"},"body":"Called them"}'
        routes.post("/v1/conversations/{id}.json", c::createThread);
        // curl -u API_KEY:X -X PUT -H 'Content-Type: application/json' \
        //      http://localhost:8080/v1/conversations/1/threads/2.json -d '{"body":"Corrected text"}'
        routes.put("/v1/conversations/{id}/threads/{threadId}.json", c::updateThread);
        // curl -u API_KEY:X -X DELETE http://localhost:8080/v1/notes/2.json
        routes.delete("/v1/notes/{threadId}.json", c::deleteNote);
        // curl -u API_KEY:X -G http://localhost:8080/v1/search/conversations.json --data-urlencode 'query=(status:active)'
        routes.get("/v1/search/conversations.json", c::search);
        // curl -u API_KEY:X -H 'Content-Type: application/json' http://localhost:8080/v1/attachments.json \
        //      -d '{"fileName":"a.txt","mimeType":"text/plain","data":"aGVsbG8="}'
        routes.post("/v1/attachments.json", attachments::upload, BodyLimit.ATTACHMENT);
        // curl -u API_KEY:X http://localhost:8080/v1/attachments/5/data.json
        routes.get("/v1/attachments/{id}/data.json", attachments::data);
        // curl -u API_KEY:X -X DELETE http://localhost:8080/v1/attachments/5.json
        routes.delete("/v1/attachments/{id}.json", attachments::delete);
        // curl -u API_KEY:X http://localhost:8080/v1/teams.json
        routes.get("/v1/teams.json", teamHandler::list);
        // curl -u API_KEY:X http://localhost:8080/v1/teams/3.json
        routes.get("/v1/teams/{id}.json", teamHandler::get);
        // curl -u API_KEY:X http://localhost:8080/v1/teams/3/members.json
        routes.get("/v1/teams/{id}/members.json", teamHandler::members);
        // curl -u API_KEY:X http://localhost:8080/v1/mailboxes/1/workflows.json
        routes.get("/v1/mailboxes/{id}/workflows.json", workflowHandler::list);
        // curl -u API_KEY:X -X POST http://localhost:8080/v1/workflows/3/conversations/1.json
        routes.post("/v1/workflows/{id}/conversations/{conversationId}.json", workflowHandler::runOne);
        // curl -u API_KEY:X -H 'Content-Type: application/json' http://localhost:8080/v1/workflows/3/conversations.json \
        //      -d '{"conversationIds":[1,2]}'
        routes.post("/v1/workflows/{id}/conversations.json", workflowHandler::runMany);
    }

    /** Mailboxes (with their custom fields), users and tags: read-only lists of the account's set-up. */
    private void directoryRoutes(RoutesConfig routes) {
        // curl -u API_KEY:X 'http://localhost:8080/v1/users.json?page=1'
        routes.get("/v1/users.json", users::list);
        // curl -u API_KEY:X http://localhost:8080/v1/users/4.json
        routes.get("/v1/users/{id}.json", users::get);
        // curl -u API_KEY:X 'http://localhost:8080/v1/mailboxes.json?page=1'
        routes.get("/v1/mailboxes.json", mailboxHandler::list);
        // curl -u API_KEY:X http://localhost:8080/v1/mailboxes/1.json
        routes.get("/v1/mailboxes/{id}.json", mailboxHandler::get);
        // curl -u API_KEY:X http://localhost:8080/v1/mailboxes/1/users.json
        routes.get("/v1/mailboxes/{id}/users.json", mailboxHandler::users);
        // curl -u API_KEY:X 'http://localhost:8080/v1/tags.json?page=1'
        routes.get("/v1/tags.json", tagHandler::list);
        // curl -u API_KEY:X http://localhost:8080/v1/conversations/1/thread-source/2.json
        routes.get("/v1/conversations/{id}/thread-source/{threadId}.json", threadSources::get);
        reportRoutes(routes);
    }

    /**
     * The 1.0 reports (helpscout-more.md §11.9): the 2.0 bodies, bare; `viewBy=day` up to 120 days. The team report
     * is also served as `company` (the docs and PHP 1.9.6 name it so).
     */
    private void reportRoutes(RoutesConfig routes) {
        String base = "/v1/reports/";
        // curl -u KEY:X 'http://localhost:8080/v1/reports/company.json?start=2026-01-01T00:00:00Z&end=2026-02-01T00:00:00Z'
        routes.get(base + "company.json", reports::company);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/team.json?start=…&end=…'
        routes.get(base + "team.json", reports::company);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/company/customers-helped.json?start=…&end=…'
        routes.get(base + "company/customers-helped.json",
                reports.series(SeriesFigure.CUSTOMERS_HELPED, "date", "customers", true, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/team/customers-helped.json?start=…&end=…'
        routes.get(base + "team/customers-helped.json",
                reports.series(SeriesFigure.CUSTOMERS_HELPED, "date", "customers", true, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/conversations.json?start=…&end=…'
        routes.get(base + "conversations.json", reports::conversations);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/conversations/busy-times.json?start=…&end=…'
        routes.get(base + "conversations/busy-times.json", reports::busyTimes);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/conversations/new.json?start=…&end=…'
        routes.get(base + "conversations/new.json",
                reports.series(SeriesFigure.NEW_CONVERSATIONS, "date", "count", true, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/conversations/received-messages.json?start=…&end=…'
        routes.get(base + "conversations/received-messages.json",
                reports.series(SeriesFigure.RECEIVED_MESSAGES, "start", "count", true, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/productivity.json?start=…&end=…&officeHours=1'
        routes.get(base + "productivity.json", reports::productivity);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/productivity/first-response-time.json?start=…&end=…'
        routes.get(base + "productivity/first-response-time.json",
                reports.series(SeriesFigure.FIRST_RESPONSE_TIME, "date", "time", false, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/productivity/response-time.json?start=…&end=…'
        routes.get(base + "productivity/response-time.json",
                reports.series(SeriesFigure.RESPONSE_TIME, "date", "time", false, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/productivity/resolution-time.json?start=…&end=…'
        routes.get(base + "productivity/resolution-time.json",
                reports.series(SeriesFigure.RESOLUTION_TIME, "date", "time", false, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/productivity/replies-sent.json?start=…&end=…'
        routes.get(base + "productivity/replies-sent.json",
                reports.series(SeriesFigure.REPLIES_SENT, "date", "replies", true, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/productivity/resolved.json?start=…&end=…'
        routes.get(base + "productivity/resolved.json",
                reports.series(SeriesFigure.RESOLVED, "date", "resolved", true, false));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/happiness.json?start=…&end=…'
        routes.get(base + "happiness.json", reports::happiness);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/happiness/ratings.json?start=…&end=…&rating=0'
        routes.get(base + "happiness/ratings.json", reports::ratings);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/user.json?user=4&start=…&end=…'
        routes.get(base + "user.json", reports::user);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/user/happiness.json?user=4&start=…&end=…'
        routes.get(base + "user/happiness.json", reports::userHappiness);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/user/ratings.json?user=4&start=…&end=…&rating=0'
        routes.get(base + "user/ratings.json", reports::userRatings);
        // curl -u KEY:X 'http://localhost:8080/v1/reports/user/customers-helped.json?user=4&start=…&end=…'
        routes.get(base + "user/customers-helped.json",
                reports.series(SeriesFigure.CUSTOMERS_HELPED, "date", "customers", true, true));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/user/replies.json?user=4&start=…&end=…'
        routes.get(base + "user/replies.json", reports.series(SeriesFigure.REPLIES_SENT, "date", "replies", true,
                true));
        // curl -u KEY:X 'http://localhost:8080/v1/reports/user/resolutions.json?user=4&start=…&end=…'
        routes.get(base + "user/resolutions.json", reports.series(SeriesFigure.RESOLVED, "date", "resolved", true,
                true));
    }

    private void authenticate(Context ctx) {
        String key = basicUser(ctx.header("Authorization"));
        Requests.authenticate(ctx, attempts.attempt(ctx, key,
                () -> auth.authenticateKey(CredentialKind.HELPSCOUT_API_KEY, key)));
    }

    static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
