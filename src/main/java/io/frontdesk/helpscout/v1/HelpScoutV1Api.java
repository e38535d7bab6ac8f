package io.frontdesk.helpscout.v1;

import io.frontdesk.Services;
import io.frontdesk.account.AuthService;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.ratelimit.RatePolicy;
import io.frontdesk.helpscout.reports.HelpScoutReports;
import io.frontdesk.helpscout.reports.ReportParams;
import io.frontdesk.helpscout.reports.ReportRoutes;
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
        // Reports (helpscout-more.md §10, §11.9; docs/reports.md): one table for 2.0 and 1.0
        ReportRoutes.v1(routes, reports);
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
