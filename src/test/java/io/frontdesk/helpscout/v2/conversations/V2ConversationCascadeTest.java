package io.frontdesk.helpscout.v2.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v2.conversations.Conversations.assertStatus;
import static io.frontdesk.helpscout.v2.conversations.Conversations.body;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a customer deletes their conversations and everything in them; other conversations stay whole. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationCascadeTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private long count(String table, long conversationId) {
        return tenant.server().app().database().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table
                + " WHERE conversation_id = :id").bind("id", conversationId).mapTo(Long.class).one());
    }

    @Test
    void deleting_the_primary_customer_deletes_threads_attachments_tags_and_values() {
        MailboxField plan = Conversations.definePlan(tenant);
        long id = create(client, body(tenant.mailbox().id(), "Doomed", "\"customer\":{\"email\":\"gone@example.com\"}",
                "active", "[{\"type\":\"customer\",\"text\":\"x\",\"attachments\":[{\"fileName\":\"a.txt\","
                        + "\"mimeType\":\"text/plain\",\"data\":\"aGk=\"}]}]",
                ",\"tags\":[\"doomed\"],\"fields\":[{\"id\":" + plan.id() + ",\"value\":\"paid\"}]"));
        long customer = Conversations.get(client, id).at("/primaryCustomer/id").asLong();
        for (String table : new String[] {"threads", "attachments", "conversation_tags",
                "conversation_field_values"}) {
            assertThat(count(table, id)).as(table).isEqualTo(1);
        }
        assertStatus(client.delete("/v2/customers/" + customer), 204);
        assertStatus(client.get("/v2/conversations/" + id), 404);
        for (String table : new String[] {"threads", "attachments", "conversation_tags",
                "conversation_field_values"}) {
            assertThat(count(table, id)).as(table).isZero();
        }
        assertThat(client.get("/v2/conversations?query=doomed").json().at("/page/totalElements").asInt()).isZero();
    }

    @Test
    void a_customer_who_only_wrote_a_thread_leaves_the_conversation_whole() {
        long id = create(client, body(tenant.mailbox().id(), "Kept", "\"customer\":{\"email\":\"owner@example.com\"}",
                "active", "[{\"type\":\"customer\",\"text\":\"from a colleague\",\"customer\":{\"email\":"
                        + "\"colleague@example.com\"}},{\"type\":\"customer\",\"text\":\"first\"}]", ""));
        JsonNode threads = Conversations.getWithThreads(client, id).at("/_embedded/threads");
        long colleague = threads.get(0).at("/customer/id").asLong();
        assertStatus(client.delete("/v2/customers/" + colleague), 204);
        JsonNode after = Conversations.getWithThreads(client, id);
        assertThat(after.get("threads").asInt()).isEqualTo(2);
        assertThat(after.at("/_embedded/threads/0").has("customer")).isFalse();
        assertThat(after.at("/_embedded/threads/0/createdBy/id").asLong()).isEqualTo(colleague);
    }
}
