package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.webhook.WebhookDialect;
import io.frontdesk.webhook.WebhookPayloads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.frontdesk.helpcrunch.HcTests.assertErrors;
import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * `POST /messages` and `GET /chats/{id}/messages` over core chat conversations, on both databases: every kind of
 * message, its events and HelpCrunch webhooks, the list's order, paging and read marks, errors, and both directions
 * between HelpCrunch messages and Help Scout threads.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HcMessagesTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;
    private long chat;
    private User owner;

    @BeforeEach
    void chat() {
        tenant = backend.tenant();
        hc = tenant.hc();
        owner = tenant.owner();
        chat = conversation(tenant, "chat");
    }

    private static long conversation(Tenant tenant, String type) {
        Response created = tenant.v2().post("/v2/conversations", "{\"subject\":\"Chat\",\"type\":\"" + type + "\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":"
                + "\"paul" + tenant.accountId() + "@example.com\",\"firstName\":\"Paul\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Can you help me?\"}]}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    private Response send(String body) {
        return hc.post("/messages", body);
    }

    private List<Event> events() {
        return tenant.server().app().eventLog().after(tenant.accountId(), 0, 1000);
    }

    private Event last(EventType type) {
        List<Event> of = events().stream().filter(e -> e.type() == type).toList();
        assertThat(of).isNotEmpty();
        return of.get(of.size() - 1);
    }

    private WebhookPayloads helpCrunchWebhooks() {
        return tenant.server().app().webhookPayloads().stream()
                .filter(p -> p.dialect() == WebhookDialect.HELPCRUNCH).findFirst().orElseThrow();
    }

    @Test
    void a_message_without_agent_is_the_customers_and_fires_message_chat_customer() throws Exception {
        Response response = send("{\"chat\":" + chat + ",\"text\":\"Still there?\",\"type\":\"message\"}");

        assertGolden(response, 200, "messages/customer.json");
        assertThat(response.json().get("chat").asLong()).isEqualTo(chat);
        Event event = last(EventType.THREAD_CUSTOMER_CREATED);
        assertThat(event.threadId()).isEqualTo(response.json().get("id").asLong());
        assertThat(helpCrunchWebhooks().eventNames(event)).containsExactly("message.chat.customer");
        JsonNode payload = io.frontdesk.web.Json.MAPPER.readTree(helpCrunchWebhooks().capture(event,
                "message.chat.customer", false));
        assertThat(payload.get("chat_id").asLong()).isEqualTo(chat);
        assertThat(payload.at("/message/text").asText()).isEqualTo("Still there?");
    }

    @Test
    void an_explicit_null_agent_is_a_customer_message_too() {
        Response response = send("{\"chat\":\"" + chat + "\",\"text\":\"Hi\",\"markdownText\":\"Hi\","
                + "\"agent\":null,\"type\":\"message\"}");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("from").asText()).isEqualTo("customer");
    }

    /** The documented request example, replayed as a client sends it. */
    @Test
    void the_documented_agent_message_renders_its_markdown_and_fires_message_chat_agent() throws Exception {
        Response response = send("{\"chat\":" + chat + ",\"text\":\"Hello\",\"markdownText\":\"Hello **there**\","
                + "\"agent\":" + owner.id() + ",\"type\":\"message\"}");

        assertGolden(response, 200, "messages/agent.json");
        assertThat(response.body()).doesNotContain("markdownText");
        assertThat(response.json().at("/agent/id").asLong()).isEqualTo(owner.id());
        Event event = last(EventType.THREAD_REPLY_CREATED);
        assertThat(event.threadId()).isEqualTo(response.json().get("id").asLong());
        // the first agent message moves the chat from new to opened: HelpCrunch announces that too
        assertThat(helpCrunchWebhooks().eventNames(event)).containsExactly("message.chat.agent",
                "chat.status_updated");
        assertThat(io.frontdesk.web.Json.MAPPER.readTree(helpCrunchWebhooks().capture(event, "chat.status_updated",
                false)).get("status").asText()).isEqualTo("opened");
        assertThat(send("{\"chat\":" + chat + ",\"text\":\"Again\",\"agent\":" + owner.id()
                + ",\"type\":\"message\"}").status()).isEqualTo(200);
        assertThat(helpCrunchWebhooks().eventNames(last(EventType.THREAD_REPLY_CREATED)))
                .containsExactly("message.chat.agent");
    }

    @Test
    void a_private_message_is_a_note_and_fires_message_private() {
        Response response = send("{\"chat\":" + chat + ",\"text\":\"VIP\",\"agent\":" + owner.id()
                + ",\"type\":\"private\"}");

        assertGolden(response, 200, "messages/private.json");
        Event event = last(EventType.THREAD_NOTE_CREATED);
        assertThat(helpCrunchWebhooks().eventNames(event)).containsExactly("message.private");
        JsonNode thread = tenant.v2().get("/v2/conversations/" + chat + "/threads").json()
                .at("/_embedded/threads/0");
        assertThat(thread.get("type").asText()).isEqualTo("note");
    }

    @Test
    void markdown_is_escaped_before_it_is_rendered() {
        Response response = send("{\"chat\":" + chat + ",\"markdownText\":\"<b>x</b> *it* `a*b*` "
                + "[site](https://example.com)\\nnext\",\"agent\":" + owner.id() + ",\"type\":\"message\"}");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("text").asText()).isEqualTo("&lt;b&gt;x&lt;/b&gt; <em>it</em> <code>a*b*</code>"
                + " <a href=\"https://example.com\">site</a><br>next");
    }

    @Test
    void the_list_is_newest_first_with_a_top_level_total_and_read_marks() {
        send("{\"chat\":" + chat + ",\"text\":\"Hello\",\"agent\":" + owner.id() + ",\"type\":\"message\"}");
        send("{\"chat\":" + chat + ",\"text\":\"Note\",\"agent\":" + owner.id() + ",\"type\":\"private\"}");
        send("{\"chat\":" + chat + ",\"text\":\"Thanks\",\"type\":\"message\"}");

        Response response = hc.get("/chats/" + chat + "/messages");

        assertGolden(response, 200, "messages/list.json");
        assertThat(texts(response)).containsExactly("Thanks", "Note", "Hello", "Can you help me?");
        assertThat(texts(hc.get("/chats/" + chat + "/messages?offset=1&limit=2"))).containsExactly("Note", "Hello");
        assertThat(hc.get("/chats/" + chat + "/messages?offset=1&limit=2").json().get("total").asInt())
                .isEqualTo(4);
        assertThat(texts(hc.get("/chats/" + chat + "/messages?offset=9"))).isEmpty();
    }

    @Test
    void paging_errors_are_400_under_the_parameter() {
        assertInvalid(hc.get("/chats/" + chat + "/messages?limit=101"), "limit",
                "This value should be less than or equal to 100.");
        assertInvalid(hc.get("/chats/" + chat + "/messages?offset=x"), "offset",
                "This value should be of type numeric.");
    }

    @Test
    void an_unknown_chat_another_accounts_an_email_conversation_or_a_word_is_chat_not_found() {
        long email = conversation(tenant, "email");
        Tenant other = backend.tenant();
        long theirs = conversation(other, "chat");

        for (String id : List.of("999999999", Long.toString(email), Long.toString(theirs), "abc")) {
            assertGolden(hc.get("/chats/" + id + "/messages"), 404, "errors/chat_not_found.json");
        }
        for (String id : List.of("999999999", Long.toString(email), Long.toString(theirs))) {
            assertGolden(send("{\"chat\":" + id + ",\"text\":\"x\",\"type\":\"message\"}"), 404,
                    "errors/chat_not_found.json");
        }
        assertThat(other.hc().get("/chats/" + theirs + "/messages").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void an_agent_of_another_account_or_none_is_agent_not_found_and_nothing_is_added() {
        Tenant other = backend.tenant();
        int before = events().size();

        assertErrors(send("{\"chat\":" + chat + ",\"text\":\"x\",\"agent\":" + other.owner().id()
                + ",\"type\":\"message\"}"), 404, "not_found", "Agent not found");
        assertErrors(send("{\"chat\":" + chat + ",\"text\":\"x\",\"agent\":999999999,\"type\":\"private\"}"),
                404, "not_found", "Agent not found");

        assertThat(events()).hasSize(before);
        assertThat(hc.get("/chats/" + chat + "/messages").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void bad_bodies_are_400_with_every_problem() {
        assertErrors(send("{}"), 400,
                "chat", "This value should not be blank.",
                "text", "This value should not be blank.",
                "type", "This value should not be blank.");
        assertErrors(send("{\"chat\":\"five\",\"text\":[1],\"type\":\"email\",\"agent\":\"x\"}"), 400,
                "chat", "This value should be of type numeric.",
                "text", "This value should be of type string.",
                "type", "The value you selected is not a valid choice.",
                "agent", "This value should be of type numeric.");
        assertInvalid(send("{\"chat\":" + chat + ",\"text\":\"x\",\"type\":\"private\"}"), "agent",
                "This value should not be blank.");
        assertGolden(send("{\"chat\":"), 400, "errors/malformed_json.json");
        assertThat(hc.get("/chats/" + chat + "/messages").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void a_message_posted_through_helpcrunch_is_a_thread_in_help_scout() {
        long id = send("{\"chat\":" + chat + ",\"text\":\"From HelpCrunch\",\"agent\":" + owner.id()
                + ",\"type\":\"message\"}").json().get("id").asLong();

        JsonNode conversation = tenant.v2().get("/v2/conversations/" + chat + "?embed=threads").json();

        JsonNode thread = conversation.at("/_embedded/threads/0");
        assertThat(thread.get("id").asLong()).isEqualTo(id);
        assertThat(thread.get("type").asText()).isEqualTo("reply");
        assertThat(thread.get("body").asText()).isEqualTo("From HelpCrunch");
        assertThat(thread.at("/createdBy/id").asLong()).isEqualTo(owner.id());
    }

    @Test
    void a_help_scout_reply_reads_back_as_an_agent_message() {
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Sam", "Agent",
                "sam" + tenant.accountId() + "@example.com", Role.USER);
        Response reply = tenant.v2().post("/v2/conversations/" + chat + "/reply", "{\"customer\":{\"email\":\"paul"
                + tenant.accountId() + "@example.com\"},\"text\":\"From Help Scout\",\"user\":" + agent.id() + "}");
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);

        JsonNode message = hc.get("/chats/" + chat + "/messages").json().at("/data/0");

        assertThat(message.get("text").asText()).isEqualTo("From Help Scout");
        assertThat(message.get("from").asText()).isEqualTo("agent");
        assertThat(message.get("type").asText()).isEqualTo("message");
        assertThat(message.at("/agent/id").asLong()).isEqualTo(agent.id());
        assertThat(message.at("/agent/role").asText()).isEqualTo("agent");
        assertThat(message.at("/agent/name").asText()).isEqualTo("Sam Agent");
    }

    /** Eight refusals only: failed authentications per address are limited too, and other tests share it. */
    @Test
    void every_new_endpoint_refuses_a_missing_or_wrong_key_in_helpcrunchs_shape() {
        Client wrong = hc.withoutAuth().withHeader("Authorization", "Bearer nope");
        for (String path : List.of("/chats/" + chat + "/messages", "/agents/" + owner.id(),
                "/agents/" + owner.id() + "/unsubscribe", "/departments", "/applications", "/organization")) {
            assertGolden(wrong.get(path), 401, "errors/unauthorized.json");
        }
        String body = "{\"chat\":" + chat + ",\"text\":\"x\",\"type\":\"message\"}";
        assertGolden(wrong.post("/messages", body), 401, "errors/unauthorized.json");
        assertGolden(hc.withoutAuth().post("/messages", body), 401, "errors/unauthorized.json");
        assertThat(hc.get("/chats/" + chat + "/messages").json().get("total").asInt()).isEqualTo(1);
    }

    private static List<String> texts(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        response.json().get("data").forEach(m -> texts.add(m.get("text").asText()));
        return texts;
    }
}
