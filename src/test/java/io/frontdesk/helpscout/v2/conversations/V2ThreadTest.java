package io.frontdesk.helpscout.v2.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.addThread;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertError;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertStatus;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.get;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static io.frontdesk.helpscout.v2.conversations.Conversations.minimal;
import static io.frontdesk.helpscout.v2.conversations.Conversations.noContent;
import static org.assertj.core.api.Assertions.assertThat;

/** The thread endpoints: list, the five creates, and PATCH of text and hidden. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ThreadTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    long id;
    long customer;
    String path;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        id = create(client, minimal(tenant, "Threads", "thread@example.com"));
        customer = get(client, id).at("/primaryCustomer/id").asLong();
        path = "/v2/conversations/" + id;
    }

    @Test
    void every_thread_type_is_created_with_a_resource_id_and_listed_newest_first() {
        Response reply = client.post(path + "/reply", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Hi!\","
                + "\"cc\":[\"boss@example.com\"],\"bcc\":[\"audit@example.com\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.body()).isEmpty();
        long replyId = Long.parseLong(reply.header("Resource-ID"));
        assertThat(reply.header("Location")).isEqualTo(client.base() + path + "/threads/" + replyId);
        // the Location answers: the thread as the list shows it
        Response one = client.get(path + "/threads/" + replyId);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("id").asLong()).isEqualTo(replyId);
        assertThat(one.json().get("type").asText()).isEqualTo("reply");
        assertThat(one.json().has("savedReplyId")).as("null, but present").isTrue();
        assertThat(client.get(path + "/threads/999999999").status()).isEqualTo(404);
        addThread(client, id, "notes", "{\"text\":\"Internal\"}");
        addThread(client, id, "customer", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Thanks\"}");
        addThread(client, id, "phones", "{\"text\":\"Called\"}");
        addThread(client, id, "chats", "{\"text\":\"Chatted\"}");
        Response list = client.get(path + "/threads");
        assertThat(list.header("Content-Type")).isEqualTo(Conversations.HAL);
        List<String> types = new ArrayList<>();
        list.json().at("/_embedded/threads").forEach(thread -> types.add(thread.get("type").asText()));
        assertThat(types).containsExactly("chat", "phone", "customer", "note", "reply",
                "customer");
        assertThat(get(client, id).get("threads").asInt()).isEqualTo(6);
        golden(client.get(path + "/threads?page=2"), "threads_page_two.json", client, Ids.of().conversation(id));
    }

    @Test
    void a_reply_and_a_note_read_as_documented() {
        addThread(client, id, "reply", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Hi!\","
                + "\"cc\":[\"boss@example.com\"],\"bcc\":[\"audit@example.com\"]}");
        addThread(client, id, "notes", "{\"text\":\"Internal\"}");
        golden(client.get(path + "/threads"), "threads.json", client, Ids.of().conversation(id).customer(customer)
                .user(tenant.owner().id()));
    }

    @Test
    void a_reply_needs_a_customer_and_text() {
        Response response = client.post(path + "/reply", "{}");
        assertError(response, 400, "customer", "NotNull");
        assertError(response, 400, "text", "NotEmpty");
        golden(response, "reply_invalid.json", client, Ids.of());
        assertError(client.post(path + "/reply", "{\"customer\":null,\"text\":\"x\"}"), 400, "customer",
                "NotNull");
        assertError(client.post(path + "/reply", "{\"customer\":{\"id\":999999999},\"text\":\"x\"}"), 400,
                "customer.id", "InvalidValue");
        assertError(client.post(path + "/notes", "{\"text\":\"x\",\"status\":\"archived\"}"), 400, "status",
                "EnumValue");
        assertError(client.post(path + "/notes", "{\"text\":\"x\",\"createdAt\":\"2020-01-01T00:00:00Z\"}"), 400,
                "createdAt", "InvalidValue");
        assertError(client.post(path + "/notes", "{\"text\":\"x\",\"user\":999999999}"), 400, "user",
                "InvalidValue");
    }

    @Test
    void a_reply_reactivates_unless_it_names_a_status_and_may_assign() {
        noContent(client.patch(path, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"closed\"}"));
        addThread(client, id, "reply", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Back\"}");
        assertThat(get(client, id).get("status").asText()).isEqualTo("active");
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Ann", "Agent",
                "ann" + tenant.accountId() + "@example.com", Role.USER);
        addThread(client, id, "reply", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Later\","
                + "\"status\":\"pending\",\"assignTo\":" + agent.id() + "}");
        JsonNode pending = get(client, id);
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.at("/assignee/id").asLong()).isEqualTo(agent.id());
        addThread(client, id, "notes", "{\"text\":\"Closing\",\"status\":\"closed\"}");
        assertThat(get(client, id).get("status").asText()).isEqualTo("closed");
        addThread(client, id, "notes", "{\"text\":\"Still closed\"}");
        assertThat(get(client, id).get("status").asText()).isEqualTo("closed");
        addThread(client, id, "customer", "{\"text\":\"Reopen please\"}");
        assertThat(get(client, id).get("status").asText()).isEqualTo("active");
    }

    @Test
    void a_draft_reply_changes_nothing_until_published() {
        noContent(client.patch(path, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"closed\"}"));
        long draft = addThread(client, id, "reply", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Draft\","
                + "\"draft\":true}");
        JsonNode conversation = Conversations.getWithThreads(client, id);
        assertThat(conversation.get("status").asText()).isEqualTo("closed");
        assertThat(conversation.get("state").asText()).isEqualTo("published");
        assertThat(conversation.at("/_embedded/threads/0/id").asLong()).isEqualTo(draft);
        assertThat(conversation.at("/_embedded/threads/0/state").asText()).isEqualTo("draft");
        assertThat(conversation.get("preview").asText()).startsWith("Hello from");
    }

    @Test
    void the_summary_follows_the_threads() {
        JsonNode waiting = get(client, id);
        assertThat(waiting.at("/customerWaitingSince/latestReplyFrom").asText()).isEqualTo("customer");
        assertThat(waiting.at("/customerWaitingSince/time").asText()).isNotBlank();
        addThread(client, id, "reply", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Answered: "
                + "x".repeat(150) + "\",\"cc\":[\"cc@example.com\"]}");
        JsonNode answered = get(client, id);
        assertThat(answered.at("/customerWaitingSince/latestReplyFrom").asText()).isEqualTo("user");
        assertThat(answered.at("/customerWaitingSince").has("time")).isFalse();
        assertThat(answered.get("preview").asText()).hasSize(100).startsWith("Answered: xxx");
        assertThat(answered.get("cc").get(0).asText()).isEqualTo("cc@example.com");
        addThread(client, id, "notes", "{\"text\":\"Notes do not count\"}");
        assertThat(get(client, id).get("preview").asText()).startsWith("Answered");
    }

    @Test
    void patch_edits_text_and_hides_customer_and_reply_threads() {
        long first = Conversations.getWithThreads(client, id).at("/_embedded/threads/0/id").asLong();
        noContent(client.patch(path + "/threads/" + first, "{\"op\":\"replace\",\"path\":\"/text\","
                + "\"value\":\"Edited text\"}"));
        JsonNode edited = Conversations.getWithThreads(client, id);
        assertThat(edited.at("/_embedded/threads/0/body").asText()).isEqualTo("Edited text");
        assertThat(edited.get("preview").asText()).isEqualTo("Edited text");
        noContent(client.patch(path + "/threads/" + first, "{\"op\":\"replace\",\"path\":\"/hidden\","
                + "\"value\":true}"));
        JsonNode hidden = Conversations.getWithThreads(client, id);
        assertThat(hidden.at("/_embedded/threads/0/state").asText()).isEqualTo("hidden");
        assertThat(hidden.has("preview")).isFalse();
        noContent(client.patch(path + "/threads/" + first, "[{\"op\":\"replace\",\"path\":\"/hidden\","
                + "\"value\":false}]"));
        assertThat(Conversations.getWithThreads(client, id).at("/_embedded/threads/0/state").asText())
                .isEqualTo("published");
        long note = addThread(client, id, "notes", "{\"text\":\"A note\"}");
        assertError(client.patch(path + "/threads/" + note, "{\"op\":\"replace\",\"path\":\"/hidden\","
                + "\"value\":true}"), 400, "hidden", "InvalidValue");
        assertError(client.patch(path + "/threads/" + note, "{\"op\":\"replace\",\"path\":\"/body\","
                + "\"value\":\"x\"}"), 400, "path", "InvalidValue");
        assertError(client.patch(path + "/threads/" + note, "{\"op\":\"replace\",\"path\":\"/text\","
                + "\"value\":\"\"}"), 400, "text", "NotEmpty");
        assertStatus(client.patch(path + "/threads/999999999", "{\"op\":\"replace\",\"path\":\"/text\","
                + "\"value\":\"x\"}"), 404);
    }

    @Test
    void threads_of_unknown_or_foreign_conversations_are_404s() {
        assertStatus(client.post("/v2/conversations/999999999/notes", "{\"text\":\"x\"}"), 404);
        assertStatus(client.get("/v2/conversations/999999999/threads"), 404);
        assertStatus(backend.tenant().v2().post(path + "/notes", "{\"text\":\"x\"}"), 404);
        long other = create(client, minimal(tenant, "Other", "other@example.com"));
        long otherThread = Conversations.getWithThreads(client, other).at("/_embedded/threads/0/id").asLong();
        assertStatus(client.patch(path + "/threads/" + otherThread, "{\"op\":\"replace\",\"path\":\"/text\","
                + "\"value\":\"x\"}"), 404);
    }

    @Test
    void imported_threads_may_carry_their_own_time() {
        addThread(client, id, "customer", "{\"text\":\"From the archive\",\"imported\":true,"
                + "\"createdAt\":\"2011-01-01T00:00:00Z\"}");
        JsonNode threads = client.get(path + "/threads").json().at("/_embedded/threads");
        assertThat(threads.get(threads.size() - 1).get("createdAt").asText()).isEqualTo("2011-01-01T00:00:00Z");
        // an older thread is no newest message: the summary is recounted from all threads, not taken from it
        JsonNode conversation = get(client, id);
        assertThat(conversation.get("preview").asText()).startsWith("Hello from");
        assertThat(conversation.get("threads").asInt()).isEqualTo(threads.size());
        assertThat(conversation.at("/customerWaitingSince/time").asText()).isEqualTo("2011-01-01T00:00:00Z");
    }
}
