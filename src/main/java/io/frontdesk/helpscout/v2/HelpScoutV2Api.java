package io.frontdesk.helpscout.v2;

import io.frontdesk.Services;
import io.frontdesk.account.AuthService;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.ratelimit.RatePolicy;
import io.frontdesk.helpscout.reports.HelpScoutReports;
import io.frontdesk.helpscout.reports.ReportParams;
import io.frontdesk.helpscout.reports.ReportRoutes;
import io.frontdesk.web.AuthAttempts;
import io.frontdesk.web.BodyLimit;
import io.frontdesk.web.Dialect;
import io.frontdesk.web.ErrorRenderer;
import io.frontdesk.web.RateLimitFilter;
import io.frontdesk.web.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The Help Scout Mailbox API 2.0 route table. Every endpoint of the dialect is listed here. Writes accept bodies up to
 * {@link BodyLimit#DEFAULT} unless their route names a larger limit.
 */
public final class HelpScoutV2Api implements Dialect {

    private static final String TOKEN_PATH = "/v2/oauth2/token";

    private final AuthService auth;
    private final ErrorRenderer errors = new VndErrorRenderer();
    private final V2TokenHandler tokens;
    private final V2UserHandler users;
    private final V2CustomerHandler customerHandler;
    private final V2AddressHandler addresses;
    private final V2PropertyHandler properties;
    private final CustomerService customers;
    private final V2MailboxHandler mailboxHandler;
    private final V2TagHandler tagHandler;
    private final V2ConversationHandler conversationHandler;
    private final V2ConversationDetailHandler conversationDetails;
    private final V2ThreadHandler threadHandler;
    private final V2AttachmentHandler attachmentHandler;
    private final V2FolderHandler folderHandler;
    private final V2WebhookHandler webhookHandler;
    private final V2OrganizationHandler organizationHandler;
    private final V2SavedReplyHandler savedReplyHandler;
    private final V2TeamHandler teamHandler;
    private final V2WorkflowHandler workflowHandler;
    private final V2ScheduleHandler scheduleHandler;
    private final V2RoutingHandler routingHandler;
    private final V2RatingHandler ratingHandler;
    private final V3Handler v3;
    private final HelpScoutReports reports;
    private final RateLimitFilter rateLimit;
    private final AuthAttempts attempts;

    public HelpScoutV2Api(Services services, AuthAttempts attempts) {
        this.auth = services.auth();
        this.reports = new HelpScoutReports(services.reports(), services.tags(), ReportParams.V2_DAY_LIMIT);
        this.attempts = attempts;
        this.rateLimit = new RateLimitFilter(services.rateLimiter(), RatePolicy.HELPSCOUT_V2,
                V2RateLimitHeaders::write);
        this.tokens = new V2TokenHandler(auth, attempts);
        this.users = new V2UserHandler(services.accounts(), services.users());
        this.teamHandler = new V2TeamHandler(services.teams());
        this.workflowHandler = new V2WorkflowHandler(services.workflows());
        this.customers = services.customers();
        this.customerHandler = new V2CustomerHandler(customers);
        this.addresses = new V2AddressHandler(customers);
        this.properties = new V2PropertyHandler(customers);
        this.mailboxHandler = new V2MailboxHandler(services.mailboxes(), services.mailboxFields());
        this.tagHandler = new V2TagHandler(services.tags());
        this.conversationHandler = new V2ConversationHandler(services.conversations());
        this.conversationDetails = new V2ConversationDetailHandler(services.conversations());
        this.threadHandler = new V2ThreadHandler(services.conversations(), services.savedReplies());
        this.attachmentHandler = new V2AttachmentHandler(services.conversations());
        this.folderHandler = new V2FolderHandler(services.conversations());
        this.webhookHandler = new V2WebhookHandler(services.webhooks());
        this.organizationHandler = new V2OrganizationHandler(services.organizations());
        this.savedReplyHandler = new V2SavedReplyHandler(services.savedReplies());
        this.scheduleHandler = new V2ScheduleHandler(services.schedules());
        this.routingHandler = new V2RoutingHandler(services.routing());
        this.ratingHandler = new V2RatingHandler(services.ratings());
        this.v3 = new V3Handler(services.conversations(), customers, threadHandler);
    }

    @Override
    public boolean owns(String path) {
        return path.equals("/v2") || path.startsWith("/v2/") || path.equals("/v3") || path.startsWith("/v3/");
    }

    @Override
    public String name() {
        return "helpscout-v2";
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
        routes.before("/v2/*", this::authenticate);
        routes.before("/v3/*", this::authenticate);
        // After authentication: counts the account's request, sets the X-RateLimit-* headers, may refuse with 429.
        routes.before("/v2/*", rateLimit);
        routes.before("/v3/*", rateLimit);

        // curl -X POST 'http://localhost:8080/v2/oauth2/token' -d grant_type=client_credentials -d client_id=… -d client_secret=…
        routes.post(TOKEN_PATH, tokens::token);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/users/me
        routes.get("/v2/users/me", users::me);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/users/status?page=1'
        routes.get("/v2/users/status", users::statuses);
        customerRoutes(routes);
        organizationRoutes(routes);
        directoryRoutes(routes);
        conversationRoutes(routes);
        v3Routes(routes);
        webhookRoutes(routes);
        // Ratings are the customers' (reference §8.1): read only. The command line records them (`ratings create`).
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/ratings/1
        routes.get("/v2/ratings/{id}", ratingHandler::get);
        // Reports (helpscout-more.md §10, §11.9; docs/reports.md): one table for 2.0 and 1.0
        ReportRoutes.v2(routes, reports);
    }

    /** The /v3 endpoints of the reference (§6), same authentication, errors and rate limit as /v2. */
    private void v3Routes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v3/conversations/1?embed=threads'
        routes.get("/v3/conversations/{id}", v3::conversation);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v3/conversations/1/threads
        routes.get("/v3/conversations/{id}/threads", v3::threads);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v3/customers?email=bear@acme.com'
        routes.get("/v3/customers", v3::customers);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v3/system-users?page=1'
        routes.get("/v3/system-users", v3::systemUsers);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v3/system-users/1
        routes.get("/v3/system-users/{id}", v3::systemUser);
    }

    /** Webhook subscriptions (docs/webhooks.md). */
    private void webhookRoutes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"url":"https://example.com/hs","events":["convo.created"],"secret":"mZ9XbGHodX"}' \
        //      http://localhost:8080/v2/webhooks
        routes.post("/v2/webhooks", webhookHandler::create);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/webhooks?page=1'
        routes.get("/v2/webhooks", webhookHandler::list);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/webhooks/1
        routes.get("/v2/webhooks/{id}", webhookHandler::get);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"url":"https://example.com/hs","events":["convo.status"],"secret":"s","state":"enabled"}' \
        //      http://localhost:8080/v2/webhooks/1
        routes.put("/v2/webhooks/{id}", webhookHandler::replace);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/webhooks/1
        routes.delete("/v2/webhooks/{id}", webhookHandler::delete);
    }

    /** Conversations, their threads, attachments, tags and custom-field values, and the mailbox folders. */
    private void conversationRoutes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"subject":"Hi","type":"email",
        //      "mailboxId":1,"status":"active","customer":{"email":"bear@acme.com"},
        //      "threads":[{"type":"customer","text":"Hello"}]}' http://localhost:8080/v2/conversations
        routes.post("/v2/conversations", conversationHandler::create, BodyLimit.CONVERSATION);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/conversations?status=all&query=(tag:"vip")'
        routes.get("/v2/conversations", conversationHandler::list);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/conversations/1?embed=threads'
        routes.get("/v2/conversations/{id}", conversationHandler::get);
        // curl -X PATCH -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"op":"replace","path":"/status","value":"closed"}' http://localhost:8080/v2/conversations/1
        routes.patch("/v2/conversations/{id}", conversationHandler::patch);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/conversations/1
        routes.delete("/v2/conversations/{id}", conversationHandler::delete);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"tags":["vip"]}' \
        //      http://localhost:8080/v2/conversations/1/tags
        routes.put("/v2/conversations/{id}/tags", conversationDetails::tags);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"fields":[{"id":531,"value":"trial"}]}' http://localhost:8080/v2/conversations/1/fields
        routes.put("/v2/conversations/{id}/fields", conversationDetails::fields);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/conversations/1/threads?page=1'
        routes.get("/v2/conversations/{id}/threads", threadHandler::list);
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"customer":{"id":1},"text":"Thanks!"}' http://localhost:8080/v2/conversations/1/reply
        //      (or '{"customer":{"id":1},"savedReplyId":2}': the saved reply's text)
        routes.post("/v2/conversations/{id}/reply", threadHandler.create(ThreadType.REPLY));
        // curl … -d '{"text":"Internal note"}' http://localhost:8080/v2/conversations/1/notes
        routes.post("/v2/conversations/{id}/notes", threadHandler.create(ThreadType.NOTE));
        // curl … -d '{"customer":{"id":1},"text":"One more thing"}' http://localhost:8080/v2/conversations/1/customer
        routes.post("/v2/conversations/{id}/customer", threadHandler.create(ThreadType.CUSTOMER));
        // curl … -d '{"customer":{"id":1},"text":"Called back"}' http://localhost:8080/v2/conversations/1/phones
        routes.post("/v2/conversations/{id}/phones", threadHandler.create(ThreadType.PHONE));
        // curl … -d '{"customer":{"id":1},"text":"Chat transcript"}' http://localhost:8080/v2/conversations/1/chats
        routes.post("/v2/conversations/{id}/chats", threadHandler.create(ThreadType.CHAT));
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/conversations/1/threads/2
        routes.get("/v2/conversations/{id}/threads/{threadId}", threadHandler::get);
        // curl -H 'Authorization: Bearer …' -H 'Accept: message/rfc822' \
        //      http://localhost:8080/v2/conversations/1/threads/2/original-source
        routes.get("/v2/conversations/{id}/threads/{threadId}/original-source", threadHandler::originalSource);
        // curl -X PATCH -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"op":"replace","path":"/text","value":"Fixed"}' http://localhost:8080/v2/conversations/1/threads/2
        routes.patch("/v2/conversations/{id}/threads/{threadId}", threadHandler::patch);
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"fileName":"a.txt","mimeType":"text/plain","data":"aGk="}' \
        //      http://localhost:8080/v2/conversations/1/threads/2/attachments
        routes.post("/v2/conversations/{id}/threads/{threadId}/attachments", attachmentHandler::create,
                BodyLimit.ATTACHMENT);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/conversations/1/attachments/3/data
        routes.get("/v2/conversations/{id}/attachments/{attachmentId}/data", attachmentHandler::data);
        // curl -H 'Authorization: Bearer …' -o a.txt http://localhost:8080/v2/conversations/1/attachments/3/file
        routes.get("/v2/conversations/{id}/attachments/{attachmentId}/file", attachmentHandler::file);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/conversations/1/attachments/3
        routes.delete("/v2/conversations/{id}/attachments/{attachmentId}", attachmentHandler::delete);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/mailboxes/1/folders
        routes.get("/v2/mailboxes/{id}/folders", folderHandler::list);
        scheduleRoutes(routes);
        savedReplyRoutes(routes);
        workflowRoutes(routes);
    }

    /** Workflows: created by the command line (docs/workflows.md); the API lists, switches and runs them. */
    private void workflowRoutes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/workflows?mailboxId=1&type=manual&page=1'
        routes.get("/v2/workflows", workflowHandler::list);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/workflows/3   (not in the reference: _links.self)
        routes.get("/v2/workflows/{id}", workflowHandler::get);
        // curl -X PATCH -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"op":"replace","path":"/status","value":"inactive"}' http://localhost:8080/v2/workflows/3
        routes.patch("/v2/workflows/{id}", workflowHandler::updateStatus);
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"conversationIds":[123,743]}' \
        //      http://localhost:8080/v2/workflows/3/run
        routes.post("/v2/workflows/{id}/run", workflowHandler::run);
    }

    /**
     * Creating and deleting users, their status and reassignment setting, and teams. `/v2/users/status` is registered
     * before `/v2/users/{id}` would be asked, and a non-numeric id is a 404 anyway.
     */
    private void userRoutes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"firstName":"Ann","lastName":"Agent","email":"ann@acme.com","role":"user"}' \
        //      http://localhost:8080/v2/users
        routes.post("/v2/users", users::create);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/users/4
        routes.delete("/v2/users/{id}", users::delete);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/users/4/status
        routes.get("/v2/users/{id}/status", users::status);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"status":"away","customStatus":{"text":"On a coffee break","emoji":"☕"}}' \
        //      http://localhost:8080/v2/users/4/status
        routes.put("/v2/users/{id}/status", users::setStatus);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/users/4/conversation-reassignment
        routes.get("/v2/users/{id}/conversation-reassignment", users::reassignment);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"enabled":true,"awayDuration":{"hours":2,"minutes":30}}' \
        //      http://localhost:8080/v2/users/4/conversation-reassignment
        routes.put("/v2/users/{id}/conversation-reassignment", users::setReassignment);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/teams?page=1'
        routes.get("/v2/teams", teamHandler::list);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/teams/7
        routes.get("/v2/teams/{id}", teamHandler::get);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/teams/7/members?page=1'
        routes.get("/v2/teams/{id}/members", teamHandler::members);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"userIds":[4,5]}' \
        //      http://localhost:8080/v2/teams/7/members
        routes.put("/v2/teams/{id}/members", teamHandler::replaceMembers);
    }

    /** A mailbox's saved replies; a reply thread names one with `savedReplyId`. */
    private void savedReplyRoutes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"name":"Welcome","text":"Hi there, thanks for writing.<br />"}' \
        //      http://localhost:8080/v2/mailboxes/1/saved-replies
        routes.post("/v2/mailboxes/{id}/saved-replies", savedReplyHandler::create);
        // curl -H 'Authorization: Bearer …' \
        //      'http://localhost:8080/v2/mailboxes/1/saved-replies?includeChatReplies=true'
        routes.get("/v2/mailboxes/{id}/saved-replies", savedReplyHandler::list);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/mailboxes/1/saved-replies/2
        routes.get("/v2/mailboxes/{id}/saved-replies/{replyId}", savedReplyHandler::get);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"name":"Welcome","text":"Hello!","chatText":"Hi!"}' \
        //      http://localhost:8080/v2/mailboxes/1/saved-replies/2
        routes.put("/v2/mailboxes/{id}/saved-replies/{replyId}", savedReplyHandler::replace);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/mailboxes/1/saved-replies/2
        routes.delete("/v2/mailboxes/{id}/saved-replies/{replyId}", savedReplyHandler::delete);
    }


    /** Snooze and "send later": what waits on the server's clock (a job due at its time does it). */
    private void scheduleRoutes(RoutesConfig routes) {
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"snoozedUntil":"2030-06-03T12:00:00Z","unsnoozeOnCustomerReply":true}' \
        //      http://localhost:8080/v2/conversations/1/snooze
        routes.put("/v2/conversations/{id}/snooze", scheduleHandler::snooze);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/conversations/1/snooze
        routes.delete("/v2/conversations/{id}/snooze", scheduleHandler::unsnooze);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"scheduledFor":"2030-06-03T12:00:00Z","unscheduleOnCustomerReply":false}' \
        //      http://localhost:8080/v2/conversations/1/threads/2/schedule
        routes.put("/v2/conversations/{id}/threads/{threadId}/schedule", scheduleHandler::schedule);
        // curl -X PATCH -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"op":"replace","path":"/state","value":"published"}' \
        //      http://localhost:8080/v2/conversations/1/threads/2/schedule
        routes.patch("/v2/conversations/{id}/threads/{threadId}/schedule", scheduleHandler::sendNow);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/conversations/1/threads/2/schedule
        routes.delete("/v2/conversations/{id}/threads/{threadId}/schedule", scheduleHandler::unschedule);
    }

    /** Mailboxes and their custom field definitions, users and tags: read-only lists of the account's set-up. */
    private void directoryRoutes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/mailboxes?page=2'
        routes.get("/v2/mailboxes", mailboxHandler::list);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/mailboxes/1
        routes.get("/v2/mailboxes/{id}", mailboxHandler::get);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/mailboxes/1/fields
        routes.get("/v2/mailboxes/{id}/fields", mailboxHandler::fields);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/mailboxes/1/routing
        routes.get("/v2/mailboxes/{id}/routing", routingHandler::get);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"state":"enabled",
        //      "assignmentLimit":10,"assignmentMethod":"round_robin","userIds":[1,2]}' \
        //      http://localhost:8080/v2/mailboxes/1/routing
        routes.put("/v2/mailboxes/{id}/routing", routingHandler::replace);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/users?email=vbear@acme.com&mailbox=1'
        routes.get("/v2/users", users::list);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/users/4
        routes.get("/v2/users/{id}", users::get);
        userRoutes(routes);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/tags?page=1'
        routes.get("/v2/tags", tagHandler::list);
    }

    /**
     * Organizations, their customers and conversations, property definitions and values. The definitions'
     * `/v2/organizations/properties…` paths are registered before `/v2/organizations/{id}`, which would not match them
     * anyway: a non-numeric id answers 404.
     */
    private void organizationRoutes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/organizations/properties
        routes.get("/v2/organizations/properties", organizationHandler::definitions);
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"type":"dropdown","slug":"tier","name":"Tier","options":[{"label":"Gold"}]}' \
        //      http://localhost:8080/v2/organizations/properties
        routes.post("/v2/organizations/properties", organizationHandler::define);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/organizations/properties/tier
        routes.get("/v2/organizations/properties/{slug}", organizationHandler::definition);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"name":"Tier","options":[{"label":"Gold"},{"label":"Silver"}]}' \
        //      http://localhost:8080/v2/organizations/properties/tier
        routes.put("/v2/organizations/properties/{slug}", organizationHandler::updateDefinition);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/organizations/properties/tier
        routes.delete("/v2/organizations/properties/{slug}", organizationHandler::deleteDefinition);
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"name":"Acme","domain":"acme.com","phones":["+1 234 5678"]}' http://localhost:8080/v2/organizations
        routes.post("/v2/organizations", organizationHandler::create);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/organizations?sort=name,asc&page=1'
        routes.get("/v2/organizations", organizationHandler::list);
        // curl -H 'Authorization: Bearer …' \
        //      'http://localhost:8080/v2/organizations/1?includeCounts=true&includeProperties=true'
        routes.get("/v2/organizations/{id}", organizationHandler::get);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"name":"Acme Inc."}' \
        //      http://localhost:8080/v2/organizations/1
        routes.put("/v2/organizations/{id}", organizationHandler::replace);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/organizations/1
        routes.delete("/v2/organizations/{id}", organizationHandler::delete);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/organizations/1/customers?page=1'
        routes.get("/v2/organizations/{id}/customers", organizationHandler::customers);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/organizations/1/conversations?page=1'
        routes.get("/v2/organizations/{id}/conversations", organizationHandler::conversations);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"value":"Gold"}' \
        //      http://localhost:8080/v2/organizations/1/properties/tier
        routes.put("/v2/organizations/{id}/properties/{slug}", organizationHandler::setValue);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/organizations/1/properties/tier
        routes.delete("/v2/organizations/{id}/properties/{slug}", organizationHandler::clearValue);
    }

    /** Customers, their entries, address and property values, and the property definitions. */
    private void customerRoutes(RoutesConfig routes) {
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"firstName":"Vernon"}' \
        //      http://localhost:8080/v2/customers
        routes.post("/v2/customers", customerHandler::create);
        // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/customers?firstName=Vernon&sortField=lastName'
        routes.get("/v2/customers", customerHandler::list);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/customers/1
        routes.get("/v2/customers/{id}", customerHandler::get);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' -d '{"firstName":"Karl"}' \
        //      http://localhost:8080/v2/customers/1
        routes.put("/v2/customers/{id}", customerHandler::overwrite);
        // curl -X PATCH -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '[{"op":"replace","path":"/firstName","value":"Karl"}]' http://localhost:8080/v2/customers/1
        routes.patch("/v2/customers/{id}", customerHandler::patch);
        // curl -X DELETE -H 'Authorization: Bearer …' 'http://localhost:8080/v2/customers/1?async=true'
        routes.delete("/v2/customers/{id}", customerHandler::delete);

        for (V2EntryCollection collection : V2EntryCollection.values()) {
            V2CustomerEntryHandler entries = new V2CustomerEntryHandler(customers, collection);
            String list = "/v2/customers/{id}/" + collection.segment();
            // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/customers/1/emails
            routes.get(list, entries::list);
            // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
            //      -d '{"type":"work","value":"bear@acme.com"}' http://localhost:8080/v2/customers/1/emails
            routes.post(list, entries::create);
            // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/customers/1/emails/7
            routes.get(list + "/{entryId}", entries::get);
            // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
            //      -d '{"type":"home","value":"bear@home.com"}' http://localhost:8080/v2/customers/1/emails/7
            routes.put(list + "/{entryId}", entries::replace);
            // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/customers/1/emails/7
            routes.delete(list + "/{entryId}", entries::delete);
        }

        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/customers/1/address
        routes.get("/v2/customers/{id}/address", addresses::get);
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"city":"Dallas","lines":["123 West Main St"]}' http://localhost:8080/v2/customers/1/address
        routes.post("/v2/customers/{id}/address", addresses::create);
        // curl -X PUT -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"city":"Prague","country":"CZ"}' http://localhost:8080/v2/customers/1/address
        routes.put("/v2/customers/{id}/address", addresses::replace);
        // curl -X DELETE -H 'Authorization: Bearer …' http://localhost:8080/v2/customers/1/address
        routes.delete("/v2/customers/{id}/address", addresses::delete);

        // curl -X PATCH -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '[{"op":"replace","path":"/car","value":"Tesla"}]' http://localhost:8080/v2/customers/1/properties
        routes.patch("/v2/customers/{id}/properties", properties::patchValues);
        // curl -X PUT … (same body as PATCH; the helpscout-mailbox-api Node SDK sends PUT)
        routes.put("/v2/customers/{id}/properties", properties::patchValues);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/customer-properties
        routes.get("/v2/customer-properties", properties::definitions);
        // curl -H 'Authorization: Bearer …' -H 'Content-Type: application/json' \
        //      -d '{"type":"text","slug":"car","name":"Car"}' http://localhost:8080/v2/customer-properties
        routes.post("/v2/customer-properties", properties::define);
        // curl -H 'Authorization: Bearer …' http://localhost:8080/v2/customer-properties/3
        routes.get("/v2/customer-properties/{propertyId}", properties::definition);
    }

    private void authenticate(Context ctx) {
        if (ctx.path().equals(TOKEN_PATH)) {
            return;
        }
        String token = bearer(ctx.header("Authorization"));
        Requests.authenticate(ctx, attempts.attempt(ctx, token, () -> auth.authenticateBearer(token)));
    }

    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }
}
