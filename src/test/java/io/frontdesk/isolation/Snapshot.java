package io.frontdesk.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.testing.Response;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tenant A's data as A reads it back through its own credentials in all three dialects, so the suite can tell that
 * nothing B sent changed it. Help Scout's relative `friendly` times are left out: they change with the clock alone.
 */
final class Snapshot {

    private final Map<String, String> resources;

    private Snapshot(Map<String, String> resources) {
        this.resources = resources;
    }

    static Snapshot of(Party a, String hcPrefix) {
        Fixture f = a.fixture();
        long customer = f.id(Ref.CUSTOMER);
        long conversation = f.id(Ref.CONVERSATION);
        long mailbox = f.id(Ref.MAILBOX);
        long hcCustomer = f.id(Ref.HC_CUSTOMER);
        List<String> paths = List.of(
                "/v2/customers/" + customer, "/v2/customers/" + customer + "/address",
                "/v2/customers/" + hcCustomer, "/v2/customers", "/v2/customer-properties",
                "/v2/conversations/" + conversation + "?embed=threads", "/v2/conversations?status=all",
                "/v2/conversations/" + conversation + "/attachments/" + f.id(Ref.ATTACHMENT) + "/data",
                "/v2/mailboxes", "/v2/mailboxes/" + mailbox + "/fields", "/v2/mailboxes/" + mailbox + "/folders",
                "/v2/users", "/v2/tags",
                "/v2/organizations", "/v2/organizations/" + f.id(Ref.ORGANIZATION) + "?includeProperties=true",
                "/v2/organizations/properties", "/v2/users/status", "/v2/teams",
                "/v2/teams/" + f.id(Ref.TEAM) + "/members",
                "/v2/users/" + f.id(Ref.USER) + "/conversation-reassignment",
                "/v2/mailboxes/" + mailbox + "/saved-replies?includeChatReplies=true",
                "/v1/customers/" + customer + ".json", "/v1/mailboxes.json",
                hcPrefix + "/customers/" + hcCustomer, hcPrefix + "/customers", hcPrefix + "/agents");
        Map<String, String> resources = new LinkedHashMap<>();
        for (String path : paths) {
            Response response = a.clientFor(path).get(path);
            resources.put(path, response.status() + " " + normalized(response.body()));
        }
        resources.put("events of the HelpCrunch customer", a.tenant().server().app().events()
                .list(a.accountId(), hcCustomer).toString());
        return new Snapshot(resources);
    }

    /** What differs from {@code before}, one line per resource; empty when nothing changed. */
    List<String> changesSince(Snapshot before) {
        List<String> changes = new ArrayList<>();
        before.resources.forEach((name, was) -> {
            String now = resources.get(name);
            if (!was.equals(now)) {
                changes.add(name + "\n      before: …" + around(was, now) + "…"
                        + "\n      after:  …" + around(now, was) + "…");
            }
        });
        return changes;
    }

    /** The part of {@code text} around its first difference from {@code other}. */
    private static String around(String text, String other) {
        int at = 0;
        while (at < text.length() && at < other.length() && text.charAt(at) == other.charAt(at)) {
            at++;
        }
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 120));
    }

    private static String normalized(String body) {
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            if (json == null) {
                return body;
            }
            dropFriendly(json);
            return json.toString();
        } catch (IOException e) {
            return body;
        }
    }

    private static void dropFriendly(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove("friendly");
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            dropFriendly(it.next());
        }
    }
}
