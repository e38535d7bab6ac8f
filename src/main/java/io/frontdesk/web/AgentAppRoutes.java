package io.frontdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The agent app's pages that API answers already point at: Help Scout's `Web-Location` and a conversation's
 * `_links.web` name `<public-url>/conversation/{id}/{number}`. Until the agent app lands, that path answers a small
 * placeholder page (200, HTML) rather than a 404, so a client or a person following the link lands somewhere. It
 * needs no sign-in and shows nothing of the conversation (a browser carries no API credentials); the agent app
 * will take the same path over.
 */
final class AgentAppRoutes {

    static final String CONVERSATION = "/conversation/{id}/{number}";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Frontdesk</title></head>
            <body>
            <h1>Frontdesk</h1>
            <p>This is where the agent app will show the conversation. The agent app is coming; until then, read
            the conversation through the API.</p>
            </body>
            </html>
            """;

    private AgentAppRoutes() {
    }

    /** curl http://localhost:8080/conversation/1/1 */
    static void routes(RoutesConfig routes) {
        routes.get(CONVERSATION, AgentAppRoutes::conversation);
    }

    private static void conversation(Context ctx) {
        ctx.status(200).contentType("text/html; charset=utf-8").result(PAGE);
    }
}
