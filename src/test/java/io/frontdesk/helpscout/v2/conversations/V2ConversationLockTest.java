package io.frontdesk.helpscout.v2.conversations;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertStatus;
import static io.frontdesk.helpscout.v2.conversations.Conversations.body;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.customerThreads;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static org.assertj.core.api.Assertions.assertThat;

/** The two locks: at most 100 threads (412 beyond), and the account's "closed too long ago" policy (412). */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationLockTest {

    private static final String CUSTOMER = "\"customer\":{\"email\":\"lock@example.com\"}";
    private static final String NOTE = "{\"text\":\"One more\"}";

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private long withThreads(int n) {
        return create(client, body(tenant.mailbox().id(), "Long", CUSTOMER, "active", customerThreads(n), ""));
    }

    @Test
    void creating_a_conversation_with_more_than_100_threads_is_412_and_stores_nothing() {
        Response response = Conversations.post(client, body(tenant.mailbox().id(), "Too long", CUSTOMER, "active",
                customerThreads(101), ""));
        assertStatus(response, 412);
        golden(response, "too_many_threads.json", client, Ids.of());
        assertThat(client.get("/v2/conversations?status=all").json().at("/page/totalElements").asInt()).isZero();
    }

    @Test
    void exactly_100_threads_are_accepted_and_then_the_conversation_takes_no_more() {
        long id = withThreads(100);
        assertThat(Conversations.get(client, id).get("threads").asInt()).isEqualTo(100);
        Response response = client.post("/v2/conversations/" + id + "/notes", NOTE);
        assertStatus(response, 412);
        golden(response, "locked_threads.json", client, Ids.of());
    }

    @Test
    void a_thread_can_be_added_up_to_99_threads_and_not_beyond() {
        long id = withThreads(98);
        assertStatus(client.post("/v2/conversations/" + id + "/notes", NOTE), 201);
        assertThat(Conversations.get(client, id).get("threads").asInt()).isEqualTo(99);
        for (String kind : new String[] {"notes", "reply", "customer", "phones", "chats"}) {
            assertStatus(client.post("/v2/conversations/" + id + "/" + kind,
                    "{\"text\":\"No room\",\"customer\":{\"email\":\"lock@example.com\"}}"), 412);
        }
        assertThat(Conversations.get(client, id).get("threads").asInt()).isEqualTo(99);
    }

    @Test
    void a_conversation_closed_longer_ago_than_the_account_allows_refuses_every_change() {
        tenant.server().app().accounts().setLockClosedAfterDays(tenant.accountId(), 30);
        long id = create(client, body(tenant.mailbox().id(), "Old", CUSTOMER, "closed",
                "[{\"type\":\"customer\",\"text\":\"Long ago\"}]",
                ",\"imported\":true,\"createdAt\":\"2012-10-10T12:00:00Z\",\"closedAt\":\"2012-10-11T12:00:00Z\""));
        long thread = Conversations.getWithThreads(client, id).at("/_embedded/threads/0/id").asLong();
        String path = "/v2/conversations/" + id;
        Response patch = client.patch(path, "{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\"New\"}");
        assertStatus(patch, 412);
        golden(patch, "locked_closed.json", client, Ids.of());
        assertStatus(client.patch(path, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"active\"}"), 412);
        assertStatus(client.post(path + "/notes", NOTE), 412);
        assertStatus(client.post(path + "/customer", NOTE), 412);
        assertStatus(client.put(path + "/tags", "{\"tags\":[\"x\"]}"), 412);
        assertStatus(client.put(path + "/fields", "{\"fields\":[]}"), 412);
        assertStatus(client.patch(path + "/threads/" + thread, "{\"op\":\"replace\",\"path\":\"/text\","
                + "\"value\":\"x\"}"), 412);
        assertStatus(client.post(path + "/threads/" + thread + "/attachments",
                "{\"fileName\":\"a.txt\",\"mimeType\":\"text/plain\",\"data\":\"aGk=\"}"), 412);
        assertStatus(client.delete(path), 412);
        // Reading is never locked.
        assertStatus(client.get(path), 200);
        assertStatus(client.get(path + "/threads"), 200);

        tenant.server().app().accounts().setLockClosedAfterDays(tenant.accountId(), null);
        assertStatus(client.post(path + "/notes", NOTE), 201);
    }

    @Test
    void a_recently_closed_conversation_is_not_locked() {
        tenant.server().app().accounts().setLockClosedAfterDays(tenant.accountId(), 1);
        long id = create(client, body(tenant.mailbox().id(), "Fresh", CUSTOMER, "closed",
                "[{\"type\":\"customer\",\"text\":\"Just now\"}]", ""));
        assertStatus(client.post("/v2/conversations/" + id + "/notes", NOTE), 201);
    }
}
