package io.frontdesk.helpscout.v2.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.Map;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertStatus;
import static io.frontdesk.helpscout.v2.conversations.Conversations.body;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static io.frontdesk.helpscout.v2.conversations.Conversations.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/mailboxes/{id}/folders`: the six folders, their counts, and `folder=` on the list. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2FolderTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private long conversation(String status, String extra, String threads) {
        return create(client, body(tenant.mailbox().id(), "Folder " + status, "\"customer\":{\"email\":"
                + "\"folder@example.com\"}", status, threads, extra));
    }

    private long conversation(String status, String extra) {
        return conversation(status, extra, "[{\"type\":\"customer\",\"text\":\"x\"}]");
    }

    @Test
    void an_empty_mailbox_has_six_empty_folders() {
        golden(client.get("/v2/mailboxes/" + tenant.mailbox().id() + "/folders"), "folders_empty.json", client,
                Ids.of().mailbox(tenant.mailbox().id()).user(tenant.owner().id()));
    }

    @Test
    void counts_follow_status_state_and_assignee() {
        User other = tenant.server().app().accounts().createUser(tenant.accountId(), "Otto", "Other",
                "otto" + tenant.accountId() + "@example.com", Role.USER);
        long unassignedActive = conversation("active", "");
        long unassignedPending = conversation("pending", "");
        long mineActive = conversation("active", ",\"assignTo\":" + tenant.owner().id());
        long othersPending = conversation("pending", ",\"assignTo\":" + other.id());
        long closed = conversation("closed", "");
        long spam = conversation("active", "");
        client.patch("/v2/conversations/" + spam, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"spam\"}");
        long draft = conversation("active", "", "[{\"type\":\"reply\",\"text\":\"d\",\"draft\":true}]");
        long deleted = conversation("active", "");
        client.delete("/v2/conversations/" + deleted);

        JsonNode folders = client.get("/v2/mailboxes/" + tenant.mailbox().id() + "/folders").json();
        Map<String, JsonNode> byName = new HashMap<>();
        folders.at("/_embedded/folders").forEach(f -> byName.put(f.get("name").asText(), f));
        assertCounts(byName.get("Unassigned"), 2, 1);
        assertCounts(byName.get("Mine"), 1, 1);
        assertCounts(byName.get("Assigned"), 2, 1);
        assertCounts(byName.get("Drafts"), 1, 1);
        assertCounts(byName.get("Closed"), 1, 0);
        assertCounts(byName.get("Spam"), 1, 0);
        assertThat(byName.get("Mine").get("userId").asLong()).isEqualTo(tenant.owner().id());
        assertThat(byName.get("Closed").get("userId").asLong()).isZero();

        assertThat(list(byName.get("Unassigned"))).containsExactly(unassignedPending, unassignedActive);
        assertThat(list(byName.get("Mine"))).containsExactly(mineActive);
        assertThat(list(byName.get("Assigned"))).containsExactly(othersPending, mineActive);
        assertThat(list(byName.get("Drafts"))).containsExactly(draft);
        assertThat(list(byName.get("Closed"))).containsExactly(closed);
        assertThat(list(byName.get("Spam"))).containsExactly(spam);
        // status narrows a folder further; the default inside a folder is every status.
        assertThat(ids(client.get("/v2/conversations?status=active&folder=" + byName.get("Unassigned").get("id"))
                .json())).containsExactly(unassignedActive);
        // The conversation's folderId names the folder it is filed in.
        assertThat(Conversations.get(client, closed).get("folderId").asLong())
                .isEqualTo(byName.get("Closed").get("id").asLong());
    }

    private static void assertCounts(JsonNode folder, int total, int active) {
        assertThat(folder.get("totalCount").asInt()).as(folder.toString()).isEqualTo(total);
        assertThat(folder.get("activeCount").asInt()).as(folder.toString()).isEqualTo(active);
    }

    private java.util.List<Long> list(JsonNode folder) {
        return ids(client.get("/v2/conversations?folder=" + folder.get("id").asLong()).json());
    }

    @Test
    void folders_of_an_unknown_or_foreign_mailbox_are_404s() {
        assertStatus(client.get("/v2/mailboxes/999999999/folders"), 404);
        assertStatus(client.get("/v2/mailboxes/" + backend.tenant().mailbox().id() + "/folders"), 404);
        Tenant other = backend.tenant();
        long foreignFolder = other.mailbox().id() * 10 + 1;
        assertThat(ids(client.get("/v2/conversations?folder=" + foreignFolder).json())).isEmpty();
    }
}
