package io.frontdesk.report;

import io.frontdesk.db.Database;
import io.frontdesk.db.Statements;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real conversations and tags for the report tests whose facts must belong to conversations that exist (the tag
 * filters read {@code conversation_tags}, which refers to them), made over Help Scout 2.0 as a client would.
 */
final class ReportTenants {

    private ReportTenants() {
    }

    /** A new email conversation of the tenant's mailbox, from the customer {@code email}: its id. */
    static long conversation(Tenant tenant, String email) {
        Response created = tenant.v2().post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\""
                + email + "\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    /** Puts exactly {@code tags} on the conversation. */
    static void retag(Tenant tenant, long conversation, Set<String> tags) {
        Response r = tenant.v2().put("/v2/conversations/" + conversation + "/tags", "{\"tags\":["
                + String.join(",", tags.stream().sorted().map(t -> "\"" + t + "\"").toList()) + "]}");
        assertThat(r.status()).as("%s", r).isEqualTo(204);
    }

    /** The account's tags' ids by name. */
    static Map<String, Long> tagIds(Database db, long account) {
        Map<String, Long> tagIds = new HashMap<>();
        db.withStatements(st -> {
            st.forEach("SELECT name, id FROM tags WHERE account_id = ?", Statements.params(account),
                    (rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)), e -> tagIds.put(e.getKey(), e.getValue()));
            return null;
        });
        return tagIds;
    }
}
