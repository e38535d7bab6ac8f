package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.team.Team;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.relative;
import static org.assertj.core.api.Assertions.assertThat;

/** User create and delete, users' status and reassignment setting, and teams with their members. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2UsersAndTeamsTest {

    static final String VERNON = """
            {"firstName":"Vernon","lastName":"Bear","email":"vbear@acme.test","role":"light user",
             "timezone":"America/New_York","jobTitle":"Support lead","phone":"+1 234 5678","sendInvite":false}""";

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private static void golden(Response response, String file, Client client, long id) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo(V2Support.HAL);
        String body = response.body().replaceAll("/v2/(users|teams)/" + id + "(?=[/\"?])", "/v2/$1/<id>")
                .replace("{?page}", "<?page>").replace("{&page}", "<&page>");
        Golden.assertMatches(body, "helpscout-v2/" + file, client.base());
    }

    /** A 2.0 client acting as {@code user}. */
    private Client as(User user) {
        IssuedSecret app = tenant.server().app().accounts().issueCredential(tenant.accountId(), user.id(),
                CredentialKind.HELPSCOUT_OAUTH_APP, "test", Optional.empty(), Optional.empty());
        Response token = tenant.anonymous().send("POST", "/v2/oauth2/token", "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(app.credential().clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(app.secret(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        return new Client(client.base(), Map.of("Authorization", "Bearer " + token.json().get("access_token")
                .asText()));
    }

    private User agent(String email) {
        return tenant.server().app().accounts().createUser(tenant.accountId(), "Ann", "Agent", email, Role.USER);
    }

    @Test
    void an_owner_creates_a_user_who_reads_back_as_the_full_object() {
        Response created = client.post("/v2/users", VERNON);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = Long.parseLong(created.header("Resource-ID"));
        assertThat(created.header("Location")).isEqualTo(client.base() + "/v2/users/" + id);
        golden(client.get("/v2/users/" + id), "users/created.json", client, id);
        assertThat(client.post("/v2/users", VERNON).status()).isEqualTo(409);
    }

    @Test
    void user_bodies_are_validated_with_paths_and_agents_may_not_create_users() {
        Response bad = client.post("/v2/users", "{\"firstName\":\"" + "f".repeat(41) + "\",\"email\":\"nope\","
                + "\"role\":\"owner\",\"timezone\":\"Mars/Base\",\"mailboxes\":[{\"id\":999999}]}");
        assertError(bad, 400, "role", null);
        Response rules = client.post("/v2/users", "{\"firstName\":\"" + "f".repeat(41) + "\",\"email\":\"nope\","
                + "\"role\":\"user\",\"timezone\":\"Mars/Base\",\"mailboxes\":[{\"id\":999999}]}");
        for (String path : List.of("firstName", "lastName", "email", "timezone", "mailboxes[0].id")) {
            assertError(rules, 400, path, null);
        }
        assertError(client.post("/v2/users", VERNON.replace("\"sendInvite\":false",
                "\"mailboxes\":[{\"emailAccess\":true}]")), 400, "mailboxes[0].id", null);
        // an address PostgreSQL could not index (WriteFuzzTest found it as a 500): Help Scout's limit of 100
        assertError(client.post("/v2/users", "{\"firstName\":\"Long\",\"lastName\":\"Mail\",\"email\":\""
                + "a".repeat(3000) + "@acme.test\",\"role\":\"user\"}"), 400, "email", null);
        Response forbidden = as(agent("ann@acme.test")).post("/v2/users", VERNON);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).isEqualTo(V2Support.VND);
    }

    @Test
    void a_deleted_user_is_gone_unassigned_and_signed_out_but_the_owner_stays() {
        User ann = agent("ann@acme.test");
        Client annClient = as(ann);
        assertThat(annClient.get("/v2/users/me").status()).isEqualTo(200);
        long customer = create(client, "{\"firstName\":\"Ada\"}");
        Response conversation = client.post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"assignTo\":" + ann.id()
                + ",\"customer\":{\"id\":" + customer + "},\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":"
                + customer + "},\"text\":\"Hello\"}]}");
        long conversationId = Long.parseLong(conversation.header("Resource-ID"));

        assertThat(annClient.delete("/v2/users/" + tenant.owner().id()).status()).isEqualTo(403);
        assertThat(client.delete("/v2/users/" + tenant.owner().id()).status()).isEqualTo(403);
        assertThat(client.delete("/v2/users/" + ann.id()).status()).isEqualTo(204);
        assertNotFound(client.get("/v2/users/" + ann.id()));
        assertNotFound(client.delete("/v2/users/" + ann.id()));
        assertThat(client.get("/v2/users").json().at("/page/totalElements").asLong()).isEqualTo(1);
        assertThat(client.get("/v2/conversations/" + conversationId).json().has("assignee")).isFalse();
        assertThat(annClient.get("/v2/users/me").status()).isEqualTo(401);
        // the unassignment is recorded like any other, so convo.assigned fires for it
        List<Event> assigned = tenant.server().app().eventLog().after(tenant.accountId(), 0, 1000).stream()
                .filter(e -> e.type() == EventType.CONVERSATION_ASSIGNED).toList();
        assertThat(assigned).hasSize(1);
        assertThat(assigned.get(0).subjectId()).isEqualTo(conversationId);
        assertThat(assigned.get(0).mailboxId()).isEqualTo(tenant.mailbox().id());
        assertThat(assigned.get(0).actorUserId()).isEqualTo(tenant.owner().id());
        assertThat(assigned.get(0).details()).containsEntry("from", Long.toString(ann.id())).containsEntry("to", "")
                .containsEntry("conversationType", "email");
    }

    @Test
    void status_is_active_until_set_and_then_reads_back_as_set_through_the_api() {
        long owner = tenant.owner().id();
        JsonNode initial = client.get("/v2/users/" + owner + "/status").json();
        assertThat(initial.at("/email/status").asText()).isEqualTo("active");
        golden(client.get("/v2/users/status"), "users/statuses.json", client, owner);

        assertThat(client.put("/v2/users/" + owner + "/status", "{\"status\":\"away\",\"customStatus\":"
                + "{\"text\":\"On a coffee break\",\"emoji\":\"☕\",\"emojiName\":\":coffee:\"}}").status())
                .isEqualTo(204);
        golden(client.get("/v2/users/" + owner + "/status"), "users/status.json", client, owner);
        assertThat(client.get("/v2/users/" + owner + "/status").json().at("/email/performedBy").asLong())
                .isEqualTo(owner);
    }

    @Test
    void a_user_sets_their_own_status_only_and_bad_bodies_name_their_paths() {
        User ann = agent("ann@acme.test");
        Client annClient = as(ann);
        assertThat(annClient.put("/v2/users/" + ann.id() + "/status", "{\"status\":\"away\"}").status())
                .isEqualTo(204);
        assertThat(annClient.put("/v2/users/" + tenant.owner().id() + "/status", "{\"status\":\"away\"}").status())
                .isEqualTo(403);
        assertThat(client.put("/v2/users/" + ann.id() + "/status", "{\"status\":\"active\"}").status())
                .isEqualTo(204);
        assertError(client.put("/v2/users/" + ann.id() + "/status", "{\"status\":\"asleep\"}"), 400, "status", null);
        assertError(client.put("/v2/users/" + ann.id() + "/status", "{\"status\":\"away\",\"customStatus\":{}}"),
                400, "customStatus.text", null);
        assertThat(client.get("/v2/users/" + ann.id() + "/status").json().at("/email/status").asText())
                .isEqualTo("active");
        assertNotFound(client.get("/v2/users/999999/status"));
    }

    @Test
    void the_reassignment_setting_reads_back_and_is_validated() {
        long owner = tenant.owner().id();
        assertThat(client.get("/v2/users/" + owner + "/conversation-reassignment").json().get("enabled")
                .asBoolean()).isFalse();
        assertThat(client.put("/v2/users/" + owner + "/conversation-reassignment",
                "{\"enabled\":true,\"awayDuration\":{\"hours\":2,\"minutes\":30}}").status()).isEqualTo(204);
        golden(client.get("/v2/users/" + owner + "/conversation-reassignment"), "users/reassignment.json", client,
                owner);
        assertError(client.put("/v2/users/" + owner + "/conversation-reassignment",
                "{\"enabled\":true,\"awayDuration\":{\"hours\":1,\"minutes\":60}}"), 400, "awayDuration.minutes",
                null);
        assertError(client.put("/v2/users/" + owner + "/conversation-reassignment", "{\"enabled\":true}"), 400,
                "awayDuration", null);
        // setting it kept the status
        assertThat(client.get("/v2/users/" + owner + "/status").json().at("/email/source").asText()).isEqualTo("ui");
    }

    @Test
    void teams_list_their_members_and_put_replaces_them() {
        Team team = tenant.server().app().teams().create(tenant.accountId(), "Tier Two", null);
        User ann = agent("ann@acme.test");
        golden(client.get("/v2/teams"), "teams/list.json", client, team.id());
        assertThat(client.get("/v2/teams/" + team.id()).json().get("name").asText()).isEqualTo("Tier Two");

        assertThat(client.put("/v2/teams/" + team.id() + "/members", "{\"userIds\":[" + ann.id() + ","
                + tenant.owner().id() + "]}").status()).isEqualTo(204);
        JsonNode members = client.get("/v2/teams/" + team.id() + "/members").json();
        assertThat(members.at("/_embedded/users").size()).isEqualTo(2);
        assertThat(members.at("/_embedded/users/1/email").asText()).isEqualTo("ann@acme.test");
        assertThat(client.put("/v2/teams/" + team.id() + "/members", "{\"members\":[{\"id\":" + ann.id() + "}]}")
                .status()).isEqualTo(204);
        assertThat(client.get("/v2/teams/" + team.id() + "/members").json().at("/page/totalElements").asLong())
                .isEqualTo(1);

        assertError(client.put("/v2/teams/" + team.id() + "/members", "{\"userIds\":[999999]}"), 400,
                "userIds[0]", null);
        assertThat(as(ann).put("/v2/teams/" + team.id() + "/members", "{\"userIds\":[]}").status()).isEqualTo(403);
        Team theirs = tenant.server().app().teams().create(backend.tenant().accountId(), "Theirs", null);
        assertNotFound(client.get("/v2/teams/" + theirs.id()));
        assertNotFound(client.get("/v2/teams/" + theirs.id() + "/members"));
    }

    /** Help Scout numbers users and teams in one space: an id that names a team never names a user, anywhere. */
    @Test
    void users_and_teams_never_share_an_id() {
        User before = agent("before-" + System.nanoTime() + "@acme.test");
        Team team = tenant.server().app().teams().create(tenant.accountId(), "Between", null);
        Team other = tenant.server().app().teams().create(backend.tenant().accountId(), "Elsewhere", null);
        User after = agent("after-" + System.nanoTime() + "@acme.test");

        assertThat(List.of(before.id(), team.id(), other.id(), after.id())).doesNotHaveDuplicates().isSorted();
        assertNotFound(client.get("/v2/users/" + team.id()));
        assertNotFound(client.get("/v2/teams/" + after.id()));
    }

    @Test
    void every_page_of_teams_members_and_statuses_is_reached_by_following_next() {
        Team big = tenant.server().app().teams().create(tenant.accountId(), "Big", null);
        for (int i = 0; i < 52; i++) {
            tenant.server().app().teams().create(tenant.accountId(), "Team " + i, null);
            User user = agent("agent" + i + "@acme.test");
            tenant.server().app().teams().addMember(tenant.accountId(), big.id(), user.id());
        }
        assertThat(walk("/v2/teams", "teams")).hasSize(53).doesNotHaveDuplicates();
        assertThat(walk("/v2/users/status", "userStatuses")).hasSize(53).doesNotHaveDuplicates();
        assertThat(walk("/v2/teams/" + big.id() + "/members", "users")).hasSize(52).doesNotHaveDuplicates();
    }

    private List<Long> walk(String path, String rel) {
        List<Long> seen = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = client.get(next).json();
            page.at("/_embedded/" + rel).forEach(item -> seen.add(item.has("id") ? item.get("id").asLong()
                    : item.get("userId").asLong()));
            next = page.at("/_links/next").isMissingNode() ? null
                    : relative(client, page.at("/_links/next/href").asText());
        }
        return seen;
    }
}
