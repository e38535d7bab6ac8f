package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static org.assertj.core.api.Assertions.assertThat;

/** `/v2/mailboxes/{id}/saved-replies` and reply threads written from a saved reply (`savedReplyId`). */
@ParameterizedClass
@EnumSource(Backend.class)
class V2SavedReplyTest {

    static final String WELCOME = "{\"name\":\"Welcome\","
            + "\"text\":\"<p>Hi there, thanks for writing &amp; waiting.</p>\"}";

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    String replies;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        replies = "/v2/mailboxes/" + tenant.mailbox().id() + "/saved-replies";
    }

    private long savedReply(String json) {
        Response response = client.post(replies, json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo(client.base() + replies + "/"
                + response.header("Resource-ID"));
        return Long.parseLong(response.header("Resource-ID"));
    }

    @Test
    void the_list_is_a_bare_array_served_as_hal_and_chat_only_replies_need_asking_for() {
        long welcome = savedReply(WELCOME);
        savedReply("{\"name\":\"Chat hello\",\"text\":\"Hi there,<br />thanks for your patience.\","
                + "\"chatText\":\"Hi!\\nOne moment.\"}");
        long chatOnly = savedReply("{\"name\":\"Chat only\",\"chatText\":\"Hey\"}");

        Response list = client.get(replies);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo(V2Support.HAL);
        Golden.assertMatches(list, "helpscout-v2/saved-replies/list.json", client.base());
        JsonNode all = client.get(replies + "?includeChatReplies=true").json();
        assertThat(all.size()).isEqualTo(3);
        assertThat(all.findValues("id").stream().map(JsonNode::asLong)).contains(chatOnly, welcome);

        Response one = client.get(replies + "/" + welcome);
        assertThat(one.header("Content-Type")).isEqualTo(V2Support.HAL);
        Golden.assertMatches(one, "helpscout-v2/saved-replies/one.json", client.base());
    }

    @Test
    void put_replaces_and_delete_hides_the_reply_from_get_and_list() {
        long id = savedReply(WELCOME);
        assertThat(client.put(replies + "/" + id, "{\"name\":\"Hello\",\"chatText\":\"Hi\"}").status())
                .isEqualTo(204);
        JsonNode replaced = client.get(replies + "/" + id).json();
        assertThat(replaced.get("name").asText()).isEqualTo("Hello");
        assertThat(replaced.get("text").isNull()).isTrue();
        assertThat(client.delete(replies + "/" + id).status()).isEqualTo(204);
        assertNotFound(client.get(replies + "/" + id));
        assertNotFound(client.delete(replies + "/" + id));
        assertThat(client.get(replies + "?includeChatReplies=true").json().size()).isZero();
    }

    @Test
    void another_mailbox_or_account_does_not_see_the_reply() {
        long id = savedReply(WELCOME);
        long other = tenant.server().app().mailboxes().create(tenant.accountId(), "Other", "other@acme.test").id();
        assertNotFound(client.get("/v2/mailboxes/" + other + "/saved-replies/" + id));
        assertNotFound(client.put("/v2/mailboxes/" + other + "/saved-replies/" + id, "{\"name\":\"X\"}"));
        Client stranger = backend.tenant().v2();
        assertNotFound(stranger.get(replies));
        assertNotFound(stranger.get(replies + "/" + id));
        assertNotFound(stranger.post(replies, WELCOME));
    }

    @Test
    void bodies_are_validated_with_paths() {
        assertError(client.post(replies, "{\"text\":\"No name\"}"), 400, "name", null);
        assertError(client.post(replies, "{\"name\":\"" + "n".repeat(256) + "\"}"), 400, "name", null);
        assertError(client.post(replies, "{\"name\":\"X\",\"text\":{}}"), 400, "text", null);
        assertError(client.get(replies + "?includeChatReplies=yes"), 400, "includeChatReplies", null);
        assertThat(client.get(replies + "?includeChatReplies=true").json().size()).isZero();
    }

    @Test
    void a_reply_naming_a_saved_reply_takes_its_text_and_carries_its_id() {
        long saved = savedReply(WELCOME);
        long customer = create(client,
                "{\"firstName\":\"Ada\",\"emails\":[{\"type\":\"work\",\"value\":\"ada@x.test\"}]}");
        Response conversation = client.post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"id\":" + customer
                + "},\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":" + customer + "},\"text\":\"Hello\"}]}");
        long id = Long.parseLong(conversation.header("Resource-ID"));

        Response fromSaved = client.post("/v2/conversations/" + id + "/reply",
                "{\"customer\":{\"id\":" + customer + "},\"savedReplyId\":" + saved + "}");
        assertThat(fromSaved.status()).as(fromSaved.toString()).isEqualTo(201);
        Response ownText = client.post("/v2/conversations/" + id + "/reply",
                "{\"customer\":{\"id\":" + customer + "},\"savedReplyId\":" + saved + ",\"text\":\"Mine\"}");
        assertThat(ownText.status()).isEqualTo(201);

        JsonNode threads = client.get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads");
        assertThat(threads.get(1).get("body").asText())
                .isEqualTo("<p>Hi there, thanks for writing &amp; waiting.</p>");
        assertThat(threads.get(1).get("savedReplyId").asLong()).isEqualTo(saved);
        assertThat(threads.get(0).get("body").asText()).isEqualTo("Mine");
        assertThat(threads.get(0).get("savedReplyId").asLong()).isEqualTo(saved);
        assertThat(threads.get(2).get("savedReplyId").isNull()).as("present and null, as on every thread").isTrue();

        // a deleted or unknown saved reply is the client's mistake, and adds nothing
        client.delete(replies + "/" + saved);
        assertError(client.post("/v2/conversations/" + id + "/reply",
                "{\"customer\":{\"id\":" + customer + "},\"savedReplyId\":" + saved + "}"), 400, "savedReplyId", null);
        assertError(client.post("/v2/conversations/" + id + "/reply", "{\"customer\":{\"id\":" + customer + "}}"),
                400, "text", null);
        assertThat(client.get("/v2/conversations/" + id + "/threads").json().at("/page/totalElements").asLong())
                .isEqualTo(3);
    }
}
