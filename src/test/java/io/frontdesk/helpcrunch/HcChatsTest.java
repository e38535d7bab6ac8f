package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.channel.Channel;
import io.frontdesk.channel.ChannelType;
import io.frontdesk.team.Team;
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

import static io.frontdesk.helpcrunch.HcTests.assertErrors;
import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat endpoints against a real server: the documented requests replayed, every field of the chat kept true as
 * messages arrive (through Help Scout) and states change, the rating rules, HelpCrunch's errors, and a chat seen from
 * both dialects.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HcChatsTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;
    private Client v2;
    private User sam;
    private long customer;
    private Channel website;
    private Team department;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        hc = tenant.hc();
        v2 = tenant.v2();
        sam = tenant.server().app().accounts().createUser(tenant.accountId(), "Sam", "Agent", "sam@agents.example",
                Role.USER);
        website = tenant.server().app().channels().create(tenant.accountId(), tenant.mailbox().id(), "Website",
                null, ChannelType.WIDGET);
        department = tenant.server().app().teams().create(tenant.accountId(), "Test Department", null);
        customer = HcTests.create(hc, "{\"name\":\"Hakim Test\",\"email\":\"hakim@example.com\","
                + "\"userId\":\"myusers_4188\"}");
    }

    /** The documented `POST /chats` body, with this tenant's ids: an application (channel) and a department (team). */
    private long createChat() {
        Response created = hc.post("/chats", "{\"customer\":" + customer + ",\"application\":" + website.id()
                + ",\"assignee\":" + sam.id() + ",\"department\":" + department.id() + "}");
        assertGolden(created, 201, "chats/created.json");
        assertThat(created.json().get("applicationId").asLong()).isEqualTo(website.id());
        assertThat(created.json().at("/department/id").asLong()).isEqualTo(department.id());
        return created.json().get("id").asLong();
    }

    private void customerWrites(long chat, String text) {
        assertThat(v2.post("/v2/conversations/" + chat + "/customer", "{\"customer\":{\"id\":" + customer
                + "},\"text\":\"" + text + "\"}").status()).isEqualTo(201);
    }

    private void agentWrites(long chat, User agent, String text) {
        assertThat(v2.post("/v2/conversations/" + chat + "/reply", "{\"customer\":{\"id\":" + customer
                + "},\"text\":\"" + text + "\",\"user\":" + agent.id() + "}").status()).isEqualTo(201);
    }

    private JsonNode chat(long id) {
        Response response = hc.get("/chats/" + id);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    @Test
    void a_created_chat_is_empty_and_listed_with_its_envelope_in_the_documented_key_order() {
        long id = createChat();
        assertGolden(hc.get("/chats/" + id), 200, "chats/created.json");
        Response list = hc.get("/chats?offset=0&limit=100&sort=chats.createdAt&order=desc");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().at("/meta/total").asLong()).isEqualTo(1);
        assertThat(list.json().get("data").get(0).get("id").asLong()).isEqualTo(id);
        List<String> keys = new ArrayList<>();
        list.json().get("data").get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "closedBy", "lastCustomerMessageAt", "status", "closedAt", "rating",
                "createdAt", "lastMessageAt", "readByAgent", "readByCustomer", "createdWith", "snoozedUntil",
                "lastMessageText", "lastMessageId", "applicationId", "lastCommunicatedAgentId", "agents", "customer",
                "assignee", "department");
        assertGolden(hc.get("/chats/total"), 200, "chats/total.json");
        assertGolden(hc.get("/chats"), 200, "chats/list.json");
        assertGolden(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.status\",\"operator\":\"=\","
                + "\"value\":\"empty\"}]}"), 200, "chats/search.json");
    }

    @Test
    void messages_from_either_side_keep_every_field_true() {
        long id = createChat();
        customerWrites(id, "Hello");
        JsonNode fresh = chat(id);
        assertThat(fresh.get("status").asText()).isEqualTo("new");
        assertThat(fresh.get("lastMessageText").asText()).isEqualTo("Hello");
        assertThat(fresh.get("readByAgent").asBoolean()).isFalse();
        assertThat(fresh.get("lastCustomerMessageAt").asText()).isEqualTo(fresh.get("lastMessageAt").asText());
        assertThat(fresh.get("agents")).isEmpty();

        agentWrites(id, sam, "Ok, testing the status update via API");
        assertGolden(hc.get("/chats/" + id), 200, "chats/opened.json");
        JsonNode opened = chat(id);
        assertThat(opened.get("lastCommunicatedAgentId").asLong()).isEqualTo(sam.id());
        JsonNode thread = v2.get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads/0");
        assertThat(opened.get("lastMessageId").asLong()).isEqualTo(thread.get("id").asLong());

        // reading marks hold until the other side writes again
        Response marked = hc.put("/chats/readByAgent", "{\"id\":" + id + ",\"read\":true}");
        assertThat(marked.status()).as("%s", marked).isEqualTo(200);
        assertThat(marked.json()
                .get("readByAgent").asBoolean()).isTrue();
        assertThat(hc.put("/chats/readByCustomer", "{\"id\":" + id + ",\"read\":true}").json()
                .get("readByCustomer").asBoolean()).isTrue();
        customerWrites(id, "One more thing");
        assertThat(chat(id).get("readByAgent").asBoolean()).isFalse();
        assertThat(chat(id).get("readByCustomer").asBoolean()).isTrue();
        assertThat(hc.put("/chats/read", "{\"id\":" + id + ",\"read\":true}").json().get("readByAgent")
                .asBoolean()).isTrue();
        assertThat(hc.put("/chats/readByAgent", "{\"id\":" + id + ",\"read\":false}").json().get("readByAgent")
                .asBoolean()).isFalse();
    }

    @Test
    void every_status_spelling_is_read_and_closing_records_who_and_when() {
        long id = createChat();
        customerWrites(id, "Hi");
        for (String[] spelling : new String[][] {{"pending", "pending"}, {"on hold", "on hold"},
                {"onhold", "on hold"}, {"on-hold", "on hold"}, {"opened", "new"}, {"open", "new"},
                {"no communication", "no communication"}, {"new", "new"}, {"3", "pending"}, {"4", "on hold"},
                {"6", "no communication"}, {"2", "new"}, {"On Hold", "on hold"}, {"1", "new"}, {"PENDING", "pending"},
                {"5", "closed"}, {"closed", "closed"}}) {
            Response changed = hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"" + spelling[0] + "\"}");
            assertThat(changed.status()).as("%s", changed).isEqualTo(200);
            assertThat(changed.json().get("status").asText()).as(spelling[0]).isEqualTo(spelling[1]);
        }
        JsonNode closed = chat(id);
        assertThat(closed.get("closedBy").asText()).isEqualTo("agent");
        assertThat(closed.get("closedAt").asText()).matches("\\d{10}");
        assertThat(v2.get("/v2/conversations/" + id).json().get("status").asText()).isEqualTo("closed");
        JsonNode reopened = hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"pending\"}").json();
        assertThat(reopened.get("closedAt").isNull()).isTrue();
        assertThat(reopened.get("closedBy").isNull()).isTrue();

        assertGolden(hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"empty\"}"), 400,
                "errors/chat_invalid_status.json");
        assertGolden(hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"done\"}"), 400,
                "errors/chat_invalid_status.json");
        assertGolden(hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"7\"}"), 400,
                "errors/chat_invalid_status.json");
        assertInvalid(hc.put("/chats/status", "{\"id\":" + id + ",\"snoozedUntil\":\"closed\"}"), "status",
                HcMessages.NOT_BLANK);
        assertThat(chat(id).get("status").asText()).isEqualTo("pending");

        // a refinement lasts only as long as the status it refines, whichever dialect changes that
        hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"on hold\"}");
        assertThat(v2.get("/v2/conversations/" + id).json().get("status").asText()).isEqualTo("pending");
        assertThat(v2.patch("/v2/conversations/" + id, "{\"op\":\"replace\",\"path\":\"/status\","
                + "\"value\":\"active\"}").status()).isEqualTo(204);
        assertThat(chat(id).get("status").asText()).isEqualTo("new");
        v2.patch("/v2/conversations/" + id, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"pending\"}");
        assertThat(chat(id).get("status").asText()).isEqualTo("pending");
    }

    @Test
    void only_a_closed_unrated_chat_an_agent_wrote_in_can_be_rated() throws Exception {
        long id = createChat();
        customerWrites(id, "Hi");
        String rate = "{\"id\":" + id + ",\"rating\":\"very poor\"}";
        assertGolden(hc.put("/chats/rate", rate), 400, "errors/chat_rate_open.json");
        hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"closed\"}");
        assertErrors(hc.put("/chats/rate", rate), 400, "invalid_request",
                "Chat must have at least one message from an agent to rate it");
        agentWrites(id, sam, "Ok, testing the status update via API");
        hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"closed\"}");
        hc.put("/chats/assignee", "{\"id\":" + id + ",\"assignee\":null}");
        hc.put("/chats/readByAgent", "{\"id\":" + id + ",\"read\":true}");
        assertInvalid(hc.put("/chats/rate", "{\"id\":" + id + ",\"rating\":\"superb\"}"), "invalid_chat_value",
                "rating value is invalid");
        assertGolden(hc.put("/chats/rate", rate), 200, "chats/closed_rated.json");
        assertErrors(hc.put("/chats/rate", "{\"id\":" + id + ",\"rating\":\"poor\"}"), 400, "invalid_request",
                "Chat is already rated");
        assertThat(chat(id).get("rating").asText()).isEqualTo("very poor");

        // the rating is an event of its own, which HelpCrunch subscribers hear as chat.rated with the rated chat
        io.frontdesk.eventlog.Event rated = tenant.server().app().eventLog().after(tenant.accountId(), 0, 1000)
                .stream().filter(e -> e.type() == io.frontdesk.eventlog.EventType.CONVERSATION_RATED).findFirst()
                .orElseThrow();
        io.frontdesk.webhook.WebhookPayloads payloads = tenant.server().app().webhookPayloads().stream()
                .filter(p -> p.dialect() == io.frontdesk.webhook.WebhookDialect.HELPCRUNCH).findFirst().orElseThrow();
        assertThat(payloads.eventNames(rated)).containsExactly("chat.rated");
        JsonNode data = io.frontdesk.web.Json.MAPPER.readTree(payloads.capture(rated, "chat.rated", false));
        assertThat(data.get("rating").asText()).isEqualTo("very poor");
        assertThat(data.get("id").asLong()).isEqualTo(id);
    }

    @Test
    void assignee_is_the_conversations_assignee_and_must_be_an_agent_of_the_account() {
        long id = createChat();
        User other = tenant.server().app().accounts().createUser(tenant.accountId(), "Ola", "Other",
                "ola@agents.example", Role.USER);
        JsonNode assigned = hc.put("/chats/assignee", "{\"id\":\"" + id + "\",\"assignee\":" + other.id() + "}")
                .json();
        assertThat(assigned.at("/assignee/id").asLong()).isEqualTo(other.id());
        assertThat(assigned.get("agents")).isEmpty();
        assertThat(v2.get("/v2/conversations/" + id).json().at("/assignee/id").asLong()).isEqualTo(other.id());
        assertThat(hc.put("/chats/assignee", "{\"id\":" + id + ",\"assignee\":null}").json().get("assignee")
                .isNull()).isTrue();
        User stranger = backend.tenant().owner();
        assertInvalid(hc.put("/chats/assignee", "{\"id\":" + id + ",\"assignee\":" + stranger.id() + "}"),
                "invalid_chat_value", "assignee value is invalid");
    }

    @Test
    void unknown_foreign_and_malformed_ids_are_helpcrunch_errors() {
        long id = createChat();
        Client foreign = backend.tenant().hc();
        assertGolden(foreign.get("/chats/" + id), 404, "errors/chat_not_found.json");
        assertThat(foreign.get("/chats/total").json().get("total").asLong()).isZero();
        assertThat(foreign.get("/chats").json().at("/meta/total").asLong()).isZero();
        assertGolden(foreign.put("/chats/status", "{\"id\":" + id + ",\"status\":\"closed\"}"), 404,
                "errors/chat_not_found.json");
        assertGolden(hc.get("/chats/99999999"), 404, "errors/chat_not_found.json");
        assertGolden(hc.get("/chats/abc"), 404, "errors/chat_not_found.json");
        assertInvalid(hc.put("/chats/snooze", "{\"snoozedUntil\":1603864800}"), "id", HcMessages.NOT_BLANK);
        assertInvalid(hc.put("/chats/rate", "{\"id\":\"x\",\"rating\":\"poor\"}"), "id", HcMessages.NUMERIC);
        assertInvalid(hc.put("/chats/snooze", "{\"id\":" + id + ",\"snoozedUntil\":1603864800}"),
                "invalid_chat_value", "snoozedUntil value is invalid");
        assertInvalid(hc.put("/chats/readByAgent", "{\"id\":" + id + ",\"read\":\"yes\"}"), "read",
                HcMessages.BOOL);
        assertErrors(hc.post("/chats", "{\"customer\":99999999}"), 404, "not_found", "Customer not found");
        assertErrors(hc.post("/chats", "{\"customer\":" + customer + ",\"application\":99999999}"), 404,
                "not_found", "Application not found");
        assertInvalid(hc.post("/chats", "{\"customer\":\"abc\"}"), "customer", HcMessages.NUMERIC);
        // a chat of the Help Scout kind "email" is not a chat
        long email = Long.parseLong(v2.post("/v2/conversations", "{\"subject\":\"Mail\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"id\":" + customer
                + "},\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}").header("Resource-ID"));
        assertGolden(hc.get("/chats/" + email), 404, "errors/chat_not_found.json");
        assertThat(hc.get("/chats").json().at("/meta/total").asLong()).isEqualTo(1);
    }

    @Test
    void a_helpcrunch_chat_is_a_help_scout_chat_conversation_and_the_reverse() {
        long id = createChat();
        customerWrites(id, "From the widget");
        agentWrites(id, sam, "From Help Scout");
        JsonNode listed = v2.get("/v2/conversations?status=all&embed=threads").json().at("/_embedded/conversations");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(listed.get(0).get("type").asText()).isEqualTo("chat");
        assertThat(listed.get(0).at("/assignee/id").asLong()).isEqualTo(sam.id());

        Response made = v2.post("/v2/conversations", "{\"subject\":\"Chat\",\"type\":\"chat\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"pending\",\"customer\":{\"id\":" + customer
                + "},\"threads\":[{\"type\":\"chat\",\"customer\":{\"id\":" + customer + "},\"text\":\"Hi there\"}]}");
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        long fromHelpScout = Long.parseLong(made.header("Resource-ID"));
        JsonNode chat = chat(fromHelpScout);
        assertThat(chat.get("status").asText()).isEqualTo("pending");
        assertThat(chat.get("createdWith").asText()).isEqualTo("customer_message");
        assertThat(chat.get("lastMessageText").asText()).isEqualTo("Hi there");
        assertThat(chat.at("/customer/id").asLong()).isEqualTo(customer);
        assertThat(hc.get("/chats").json().at("/meta/total").asLong()).isEqualTo(2);
    }

    @Test
    void the_documented_search_examples_replay() {
        long id = createChat();
        customerWrites(id, "Hi");
        hc.put("/chats/status", "{\"id\":" + id + ",\"status\":\"pending\"}");
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.status\",\"operator\":\"=\","
                + "\"value\":\"3\"}],\"limit\":5,\"offset\":0,\"sort\":\"chats.createdAt\",\"order\":\"DESC\"}")))
                .containsExactly(id);
        HcTests.create(hc, "{\"name\":\"Tagged\",\"email\":\"john@example.com\",\"tags\":[{\"name\":\"Lead\"}]}");
        Response second = hc.post("/chats/search", """
                {"filter":[{"field":"chats.customer.email","operator":"=","value":"john@example.com"},
                           {"field":"chats.assignee","operator":">","value":18},
                           {"field":"chats.createdAt","operator":">=","value":1603885746},
                           {"field":"chats.customer.tagsData","operator":"=","value":[{"name":"Lead"}]}],
                 "comparison":"AND","sort":"chats.createdAt","order":"desc","offset":0,"limit":100}""");
        assertThat(HcTests.ids(second)).isEmpty();
        assertThat(second.json().get("total").asLong()).isZero();
        assertThat(second.json().at("/meta/total").asLong()).isZero();
        // Pipedream sends no filter at all
        assertThat(HcTests.ids(hc.post("/chats/search", "{}"))).containsExactly(id);
    }
    @Test
    void department_is_one_of_the_accounts_teams_and_its_change_is_an_event_no_helpcrunch_webhook_names() {
        long id = createChat();
        Team sales = tenant.server().app().teams().create(tenant.accountId(), "Sales", null);
        Response moved = hc.put("/chats/department", "{\"id\":" + id + ",\"department\":" + sales.id() + "}");
        assertGolden(moved, 200, "chats/department_changed.json");
        assertThat(moved.json().at("/department/id").asLong()).isEqualTo(sales.id());
        assertThat(chat(id).at("/department/name").asText()).isEqualTo("Sales");
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.department\","
                + "\"operator\":\"=\",\"value\":" + sales.id() + "}]}"))).containsExactly(id);
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.department\","
                + "\"operator\":\"=\",\"value\":" + department.id() + "}]}"))).isEmpty();

        List<io.frontdesk.eventlog.Event> changes = tenant.server().app().eventLog().after(tenant.accountId(), 0, 1000)
                .stream().filter(e -> e.type() == io.frontdesk.eventlog.EventType.CONVERSATION_TEAM).toList();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).details()).containsEntry("from", Long.toString(department.id()))
                .containsEntry("to", Long.toString(sales.id()));
        io.frontdesk.webhook.WebhookPayloads payloads = tenant.server().app().webhookPayloads().stream()
                .filter(p -> p.dialect() == io.frontdesk.webhook.WebhookDialect.HELPCRUNCH).findFirst().orElseThrow();
        assertThat(payloads.eventNames(changes.get(0))).as("HelpCrunch announces no department change").isEmpty();
        hc.put("/chats/department", "{\"id\":" + id + ",\"department\":" + sales.id() + "}");
        assertThat(tenant.server().app().eventLog().after(tenant.accountId(), 0, 1000).stream()
                .filter(e -> e.type() == io.frontdesk.eventlog.EventType.CONVERSATION_TEAM)).as("no change, no event")
                .hasSize(1);

        Tenant other = backend.tenant();
        Team foreign = tenant.server().app().teams().create(other.accountId(), "Theirs", null);
        for (String value : new String[] {"null", "99999999", Long.toString(foreign.id())}) {
            assertGolden(hc.put("/chats/department", "{\"id\":" + id + ",\"department\":" + value + "}"), 400,
                    "errors/chat_invalid_department.json");
        }
        assertInvalid(hc.put("/chats/department", "{\"id\":" + id + "}"), "department", HcMessages.NOT_BLANK);
        assertInvalid(hc.put("/chats/department", "{\"id\":" + id + ",\"department\":\"x\"}"), "department",
                HcMessages.NUMERIC);
        assertInvalid(hc.put("/chats/department", "{\"department\":" + sales.id() + "}"), "id", HcMessages.NOT_BLANK);
        assertGolden(hc.put("/chats/department", "{\"id\":99999999,\"department\":" + sales.id() + "}"), 404,
                "errors/chat_not_found.json");
        assertGolden(other.hc().put("/chats/department", "{\"id\":" + id + ",\"department\":"
                + foreign.id() + "}"), 404, "errors/chat_not_found.json");
        assertThat(chat(id).at("/department/id").asLong()).as("refusals change nothing").isEqualTo(sales.id());
        // Help Scout's teams are the same rows
        assertThat(v2.get("/v2/teams").json().at("/_embedded/teams").findValuesAsText("name")).contains("Sales",
                "Test Department");
    }

    @Test
    void an_application_is_a_channel_and_the_chat_goes_in_its_mailbox() {
        io.frontdesk.mailbox.Mailbox sales = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales",
                "sales@chat.example");
        Channel app = tenant.server().app().channels().create(tenant.accountId(), sales.id(), "iOS app", null,
                ChannelType.IOS);
        Response created = hc.post("/chats", "{\"customer\":" + customer + ",\"application\":" + app.id() + "}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("applicationId").asLong()).isEqualTo(app.id());
        assertThat(created.json().get("department").isNull()).isTrue();
        assertThat(v2.get("/v2/conversations/" + id).json().get("mailboxId").asLong()).isEqualTo(sales.id());

        // without an application: the account's first one, and its mailbox
        Response first = hc.post("/chats", "{\"customer\":" + customer + "}");
        assertThat(first.json().get("applicationId").asLong()).isEqualTo(website.id());
        // a chat started in Help Scout shows its mailbox's first application
        Response made = v2.post("/v2/conversations", "{\"subject\":\"Chat\",\"type\":\"chat\",\"mailboxId\":"
                + sales.id() + ",\"status\":\"active\",\"customer\":{\"id\":" + customer
                + "},\"threads\":[{\"type\":\"chat\",\"customer\":{\"id\":" + customer + "},\"text\":\"Hi\"}]}");
        assertThat(chat(Long.parseLong(made.header("Resource-ID"))).get("applicationId").asLong()).isEqualTo(app.id());

        // a mailbox id is not an application, nor is another account's application
        Tenant other = backend.tenant();
        Channel theirs = tenant.server().app().channels().create(other.accountId(), other.mailbox().id(), "Theirs",
                null, ChannelType.WIDGET);
        long before = hc.get("/chats/total").json().get("total").asLong();
        for (long wrong : new long[] {sales.id() + 1000, theirs.id()}) {
            assertErrors(hc.post("/chats", "{\"customer\":" + customer + ",\"application\":" + wrong + "}"), 404,
                    "not_found", "Application not found");
        }
        assertErrors(hc.post("/chats", "{\"customer\":" + customer + ",\"department\":99999999}"), 404,
                "not_found", "Department not found");
        assertInvalid(hc.post("/chats", "{\"customer\":" + customer + ",\"application\":\"web\"}"), "application",
                HcMessages.NUMERIC);
        assertThat(hc.get("/chats/total").json().get("total").asLong()).as("nothing created").isEqualTo(before);
    }
}
