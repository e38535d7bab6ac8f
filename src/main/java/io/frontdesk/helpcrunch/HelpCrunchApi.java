package io.frontdesk.helpcrunch;

import io.frontdesk.Services;
import io.frontdesk.account.AuthService;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.ratelimit.RatePolicy;
import io.frontdesk.web.Dialect;
import io.frontdesk.web.ErrorRenderer;
import io.frontdesk.web.AuthAttempts;
import io.frontdesk.web.RateLimitFilter;
import io.frontdesk.web.RateLimitHeaders;
import io.frontdesk.web.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The HelpCrunch REST API v1 route table, under a configurable prefix (default `/helpcrunch/v1`), authenticated by
 * `Authorization: Bearer <key>`. Every endpoint of the dialect is listed here.
 */
public final class HelpCrunchApi implements Dialect {

    private final String prefix;
    private final AuthService auth;
    private final ErrorRenderer errors = new HelpCrunchErrorRenderer();
    private final HcAgentHandler agents;
    private final HcCustomerHandler customers;
    private final HcTagHandler tags;
    private final HcEventHandler events;
    private final HcMessageHandler messages;
    private final HcOrganizationHandler organization;
    private final HcDepartmentHandler departments;
    private final HcChatHandler chats;
    private final RateLimitFilter rateLimit;
    private final AuthAttempts attempts;

    public HelpCrunchApi(String prefix, Services services, AuthAttempts attempts) {
        this.prefix = prefix;
        this.attempts = attempts;
        // HelpCrunch documents no rate-limit headers: a 429 carries Retry-After (its error renderer), nothing else.
        this.rateLimit = new RateLimitFilter(services.rateLimiter(), RatePolicy.HELPCRUNCH, RateLimitHeaders.NONE);
        this.auth = services.auth();
        this.agents = new HcAgentHandler(services.accounts());
        this.customers = new HcCustomerHandler(services.accounts(), services.customers());
        this.tags = new HcTagHandler(services.customers());
        this.events = new HcEventHandler(services.events());
        this.messages = new HcMessageHandler(services.accounts(), services.conversations());
        this.organization = new HcOrganizationHandler(services.accounts(), services.channels());
        this.departments = new HcDepartmentHandler(services.teams());
        this.chats = new HcChatHandler(services.chats(),
                new HcChats(services.customers(), services.accounts(), services.chats()));
    }

    @Override
    public boolean owns(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    @Override
    public String name() {
        return "helpcrunch";
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
        routes.before(prefix + "/*", this::authenticate);
        // After authentication: 120 per minute per account by default, 429 too_many_requests beyond.
        routes.before(prefix + "/*", rateLimit);

        // curl -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/agents
        routes.get(prefix + "/agents", agents::list);
        // curl -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/agents/4188
        routes.get(prefix + "/agents/{id}", agents::get);
        // curl -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/agents/4188/unsubscribe
        routes.get(prefix + "/agents/{id}/unsubscribe", agents::unsubscribe);

        // curl -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/customers -d '{"name":"John Doe","email":"john@example.com"}'
        routes.post(prefix + "/customers", customers::create);
        // curl -H 'Authorization: Bearer KEY' \
        //      'http://localhost:8080/helpcrunch/v1/customers?offset=0&limit=100&sort=customers.firstSeen&order=desc'
        routes.get(prefix + "/customers", customers::list);
        // curl -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/customers/search \
        //      -d '{"filter":[{"field":"customers.userId","operator":"=","value":"user_1"}],"limit":1}'
        routes.post(prefix + "/customers/search", customers::search);
        // Registered before `/customers/{id}`, which would otherwise take "batch" for an id.
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/customers/batch -d '[{"customer":542335,"phone":"+10233456781"}]'
        routes.put(prefix + "/customers/batch", customers::batch);
        // curl -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/customers/542335
        routes.get(prefix + "/customers/{id}", customers::get);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/customers/542335 -d '{"notes":"Lorem ipsum"}'
        routes.put(prefix + "/customers/{id}", customers::put);
        // curl -X PATCH -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/customers/542335 -d '{"blocked":true}'
        routes.patch(prefix + "/customers/{id}", customers::patch);
        // curl -X DELETE -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/customers/542335
        routes.delete(prefix + "/customers/{id}", customers::delete);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/customers/542335/tags -d '{"tags":[{"name":"Lead","color":"#ccc"}]}'
        routes.put(prefix + "/customers/{id}/tags", tags::add);
        // curl -X DELETE -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/customers/542335/tags -d '{"tags":[{"name":"Lead"}]}'
        routes.delete(prefix + "/customers/{id}/tags", tags::remove);

        // The literal paths first: `/chats/{id}` would otherwise take "search" or "total" for an id.
        // curl -H 'Authorization: Bearer KEY' \
        //      'http://localhost:8080/helpcrunch/v1/chats?offset=0&limit=100&sort=chats.createdAt&order=desc'
        routes.get(prefix + "/chats", chats::list);
        // curl -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/search -d '{"filter":[{"field":"chats.status",
        //      "operator":"=","value":"3"}],"limit":5,"offset":0,"sort":"chats.createdAt","order":"DESC"}'
        routes.post(prefix + "/chats/search", chats::search);
        // curl -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/chats/total
        routes.get(prefix + "/chats/total", chats::total);
        // curl -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats -d '{"customer":8738438,"application":3838,"assignee":4188}'
        routes.post(prefix + "/chats", chats::create);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/status -d '{"id":542335,"status":"closed"}'
        routes.put(prefix + "/chats/status", chats::status);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/assignee -d '{"id":5214000,"assignee":4188}'
        routes.put(prefix + "/chats/assignee", chats::assignee);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/department -d '{"id":5215752,"department":233048}'
        routes.put(prefix + "/chats/department", chats::department);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/snooze -d '{"id":5215752,"snoozedUntil":1603864800}'
        routes.put(prefix + "/chats/snooze", chats::snooze);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/rate -d '{"id":5208,"rating":"poor"}'
        routes.put(prefix + "/chats/rate", chats::rate);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/readByAgent -d '{"id":5208,"read":true}'
        routes.put(prefix + "/chats/readByAgent", chats::readByAgent);
        // The older docs' single endpoint, the agent side.
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/read -d '{"id":5208,"read":true}'
        routes.put(prefix + "/chats/read", chats::readByAgent);
        // curl -X PUT -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/chats/readByCustomer -d '{"id":5208,"read":true}'
        routes.put(prefix + "/chats/readByCustomer", chats::readByCustomer);
        // curl -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/chats/542335
        routes.get(prefix + "/chats/{id}", chats::get);

        // curl -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/events \
        //      -d '{"name":"Button Click","data":{"button":"Start Free Trial"},"customer":542335}'
        routes.post(prefix + "/events", events::create);

        // curl -H 'Authorization: Bearer KEY' \
        //      'http://localhost:8080/helpcrunch/v1/chats/5215261/messages?offset=0&limit=100'
        routes.get(prefix + "/chats/{id}/messages", messages::list);
        // curl -H 'Authorization: Bearer KEY' -H 'Content-Type: application/json' \
        //      http://localhost:8080/helpcrunch/v1/messages \
        //      -d '{"chat":5215261,"text":"Hello","markdownText":"Hello **there**","agent":4188,"type":"message"}'
        routes.post(prefix + "/messages", messages::create);

        // curl -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/applications
        routes.get(prefix + "/applications", organization::applications);
        // curl -H 'Authorization: Bearer KEY' 'http://localhost:8080/helpcrunch/v1/departments?offset=0&limit=100'
        routes.get(prefix + "/departments", departments::list);
        // curl -H 'Authorization: Bearer KEY' http://localhost:8080/helpcrunch/v1/organization
        routes.get(prefix + "/organization", organization::organization);
    }

    private void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim()
                : null;
        Requests.authenticate(ctx, attempts.attempt(ctx, key,
                () -> auth.authenticateKey(CredentialKind.HELPCRUNCH_KEY, key)));
    }
}
