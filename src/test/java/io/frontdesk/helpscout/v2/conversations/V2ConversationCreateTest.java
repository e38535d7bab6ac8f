package io.frontdesk.helpscout.v2.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Base64;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.body;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.get;
import static io.frontdesk.helpscout.v2.conversations.Conversations.getWithThreads;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static io.frontdesk.helpscout.v2.conversations.Conversations.replace;
import static org.assertj.core.api.Assertions.assertThat;

/** `POST /v2/conversations` as seed 004 documents it, and what the created conversation looks like. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationCreateTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    /**
     * The seed's body byte for byte, except the two ids that only mean something in Help Scout's own account: the
     * mailbox 85 becomes the tenant's mailbox and the field 531 the tenant's `Plan` dropdown (options trial, paid).
     */
    private String seedBody(MailboxField plan) {
        String body = replace(Conversations.seed(), "\"mailboxId\" : 85", "\"mailboxId\" : " + tenant.mailbox().id());
        return replace(body, "\"id\" : 531", "\"id\" : " + plan.id());
    }

    /** A conversation numbered outside the API (an import written as rows) holds the account's next number back. */
    private void insertNumbered(long customerId, long number) {
        long now = Instant.now().toEpochMilli();
        tenant.server().app().database().withHandle(h -> h.execute("INSERT INTO conversations (account_id, number,"
                + " mailbox_id, customer_id, subject, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                tenant.accountId(), number, tenant.mailbox().id(), customerId, "Written directly", "active", now, now));
    }

    @Test
    void numbers_continue_past_rows_written_directly_with_or_without_the_account_s_counter() {
        Response customer = client.post("/v2/customers", "{\"firstName\":\"Ada\"}");
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        long customerId = Long.parseLong(customer.header("Resource-ID"));

        insertNumbered(customerId, 7);
        long first = create(client, Conversations.minimal(tenant, "First", "first@example.com"));
        assertThat(get(client, first).get("number").asLong()).as("no counter yet").isEqualTo(8);

        insertNumbered(customerId, 41);
        long second = create(client, Conversations.minimal(tenant, "Second", "second@example.com"));
        assertThat(get(client, second).get("number").asLong()).as("counter behind the rows").isEqualTo(42);

        long third = create(client, Conversations.minimal(tenant, "Third", "third@example.com"));
        assertThat(get(client, third).get("number").asLong()).isEqualTo(43);
    }

    @Test
    void seed_004_creates_a_conversation_and_answers_201_with_the_three_headers() {
        Response response = Conversations.post(client, seedBody(Conversations.definePlan(tenant)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.body()).isEmpty();
        long id = Long.parseLong(response.header("Resource-ID"));
        assertThat(response.header("Location")).isEqualTo(client.base() + "/v2/conversations/" + id);
        JsonNode conversation = get(client, id);
        assertThat(response.header("Web-Location"))
                .isEqualTo(client.base() + "/conversation/" + id + "/" + conversation.get("number").asLong());
    }

    @Test
    void the_seed_conversation_reads_back_as_the_documented_object() {
        MailboxField plan = Conversations.definePlan(tenant);
        long id = create(client, seedBody(plan));
        JsonNode conversation = get(client, id);
        long customer = conversation.at("/primaryCustomer/id").asLong();
        Response response = client.get("/v2/conversations/" + id);
        assertThat(response.header("Content-Type")).isEqualTo(Conversations.HAL);
        golden(response, "seed004_conversation.json", client, Ids.of().conversation(id).customer(customer)
                .mailbox(tenant.mailbox().id()));
        assertThat(conversation.at("/customFields/0/id").asLong()).isEqualTo(plan.id());
        assertThat(conversation.at("/customFields/0/value").asText())
                .isEqualTo(Long.toString(plan.options().get(0).id()));
    }

    @Test
    void the_seed_with_embedded_threads() {
        long id = create(client, seedBody(Conversations.definePlan(tenant)));
        JsonNode conversation = getWithThreads(client, id);
        long customer = conversation.at("/primaryCustomer/id").asLong();
        golden(client.get("/v2/conversations/" + id + "?embed=threads"), "seed004_embedded.json", client,
                Ids.of().conversation(id).customer(customer).mailbox(tenant.mailbox().id()));
    }

    @Test
    void the_seed_creates_vernon_from_the_customer_fields() {
        long id = create(client, seedBody(Conversations.definePlan(tenant)));
        long customer = get(client, id).at("/primaryCustomer/id").asLong();
        JsonNode vernon = client.get("/v2/customers/" + customer).json();
        assertThat(vernon.get("firstName").asText()).isEqualTo("Vernon");
        assertThat(vernon.get("lastName").asText()).isEqualTo("Bear");
        assertThat(vernon.at("/_embedded/emails/0/value").asText()).isEqualTo("bear@acme.com");
    }

    @Test
    void the_seed_without_field_531_when_the_mailbox_defines_no_fields_is_refused_on_the_field() {
        Response response = Conversations.post(client, replace(Conversations.seed(), "\"mailboxId\" : 85",
                "\"mailboxId\" : " + tenant.mailbox().id()));
        Conversations.assertError(response, 400, "fields[0].id", "InvalidValue");
    }

    @Test
    void attachments_on_create_are_stored_and_shown_on_the_thread() {
        String data = Base64.getEncoder().encodeToString("hello".getBytes());
        long id = create(client, body(tenant.mailbox().id(), "Files", "\"customer\":{\"email\":\"f@example.com\"}",
                "active", "[{\"type\":\"customer\",\"text\":\"See file\",\"attachments\":[{\"fileName\":\"a.txt\","
                        + "\"mimeType\":\"text/plain\",\"data\":\"" + data + "\"}]}]", ""));
        JsonNode attachment = getWithThreads(client, id).at("/_embedded/threads/0/_embedded/attachments/0");
        assertThat(attachment.get("filename").asText()).isEqualTo("a.txt");
        assertThat(attachment.get("size").asInt()).isEqualTo(5);
    }

    @Test
    void a_customer_named_by_id_ignores_the_email() {
        long existing = client.post("/v2/customers", "{\"firstName\":\"Known\",\"emails\":[{\"value\":"
                + "\"known@example.com\"}]}").locationId();
        // With an id, the rest is ignored, even a first name beyond the 40-character limit.
        long id = create(client, body(tenant.mailbox().id(), "By id", "\"customer\":{\"id\":" + existing
                + ",\"email\":\"someone-else@example.com\",\"firstName\":\"" + "x".repeat(99) + "\"}", "active",
                "[{\"type\":\"customer\",\"text\":\"Hi\"}]", ""));
        JsonNode conversation = get(client, id);
        assertThat(conversation.at("/primaryCustomer/id").asLong()).isEqualTo(existing);
        assertThat(conversation.at("/primaryCustomer/email").asText()).isEqualTo("known@example.com");
        assertThat(client.get("/v2/customers?query=" + "email:%22someone-else@example.com%22").json()
                .at("/page/totalElements").asInt()).isZero();
    }

    @Test
    void a_customer_matched_by_email_keeps_its_own_fields() {
        long existing = client.post("/v2/customers", "{\"firstName\":\"Vernon\",\"emails\":[{\"value\":"
                + "\"bear@acme.com\"}]}").locationId();
        long id = create(client, body(tenant.mailbox().id(), "Matched", "\"customer\":{\"email\":\"BEAR@acme.com\","
                + "\"firstName\":\"Other\",\"lastName\":\"Name\"}", "active",
                "[{\"type\":\"customer\",\"text\":\"Hi\"}]", ""));
        assertThat(get(client, id).at("/primaryCustomer/id").asLong()).isEqualTo(existing);
        JsonNode customer = client.get("/v2/customers/" + existing).json();
        assertThat(customer.get("firstName").asText()).isEqualTo("Vernon");
        assertThat(customer.has("lastName")).isFalse();
    }

    @Test
    void assign_to_absent_null_or_a_user() {
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Ada", "Agent",
                "ada" + tenant.accountId() + "@example.com", Role.USER);
        String threads = "[{\"type\":\"customer\",\"text\":\"Hi\"}]";
        String customer = "\"customer\":{\"email\":\"assign@example.com\"}";
        long absent = create(client, body(tenant.mailbox().id(), "Absent", customer, "active", threads, ""));
        long none = create(client, body(tenant.mailbox().id(), "Null", customer, "active", threads,
                ",\"assignTo\":null"));
        long assigned = create(client, body(tenant.mailbox().id(), "User", customer, "active", threads,
                ",\"assignTo\":" + agent.id()));
        assertThat(get(client, absent).has("assignee")).isFalse();
        assertThat(get(client, none).has("assignee")).isFalse();
        JsonNode conversation = get(client, assigned);
        assertThat(conversation.at("/assignee/id").asLong()).isEqualTo(agent.id());
        assertThat(conversation.at("/assignee/email").asText()).isEqualTo(agent.email());
        assertThat(conversation.at("/_links/assignee/href").asText()).endsWith("/v2/users/" + agent.id());
    }

    @Test
    void every_thread_type_with_its_fields() {
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Ned", "Notes",
                "ned" + tenant.accountId() + "@example.com", Role.USER);
        long id = create(client, body(tenant.mailbox().id(), "All types", "\"customer\":{\"email\":"
                + "\"types@example.com\"}", "pending", "["
                + "{\"type\":\"phone\",\"text\":\"Called\",\"createdAt\":\"2020-01-05T00:00:00Z\"},"
                + "{\"type\":\"chat\",\"text\":\"Chatted\",\"createdAt\":\"2020-01-04T00:00:00Z\"},"
                + "{\"type\":\"note\",\"text\":\"Noted\",\"user\":" + agent.id()
                + ",\"createdAt\":\"2020-01-03T00:00:00Z\"},"
                + "{\"type\":\"reply\",\"text\":\"Answered\",\"cc\":[\"cc@example.com\"],"
                + "\"bcc\":[\"bcc@example.com\"],\"imported\":true,\"createdAt\":\"2020-01-02T00:00:00Z\"},"
                + "{\"type\":\"customer\",\"text\":\"Asked\",\"customer\":{\"email\":\"types@example.com\"},"
                + "\"createdAt\":\"2020-01-01T00:00:00Z\"}]", ",\"createdAt\":\"2020-01-01T00:00:00Z\""));
        JsonNode conversation = getWithThreads(client, id);
        assertThat(conversation.get("threads").asInt()).isEqualTo(5);
        assertThat(conversation.get("status").asText()).isEqualTo("pending");
        JsonNode threads = conversation.at("/_embedded/threads");
        assertThat(threads.get(0).get("type").asText()).isEqualTo("phone");
        assertThat(threads.get(1).get("type").asText()).isEqualTo("chat");
        assertThat(threads.get(2).get("type").asText()).isEqualTo("note");
        assertThat(threads.get(2).at("/createdBy/id").asLong()).isEqualTo(agent.id());
        assertThat(threads.get(2).has("customer")).isFalse();
        assertThat(threads.get(3).get("type").asText()).isEqualTo("reply");
        assertThat(threads.get(3).get("to").get(0).asText()).isEqualTo("types@example.com");
        assertThat(threads.get(3).get("cc").get(0).asText()).isEqualTo("cc@example.com");
        assertThat(threads.get(3).get("bcc").get(0).asText()).isEqualTo("bcc@example.com");
        assertThat(threads.get(3).at("/createdBy/id").asLong()).isEqualTo(tenant.owner().id());
        assertThat(threads.get(4).get("type").asText()).isEqualTo("customer");
        assertThat(threads.get(4).get("createdAt").asText()).isEqualTo("2020-01-01T00:00:00Z");
        assertThat(conversation.at("/createdBy/type").asText()).isEqualTo("customer");
        assertThat(conversation.get("preview").asText()).isEqualTo("Answered");
        assertThat(conversation.at("/customerWaitingSince/latestReplyFrom").asText()).isEqualTo("user");
        assertThat(conversation.get("cc").get(0).asText()).isEqualTo("cc@example.com");
    }

    @Test
    void an_agent_started_conversation_is_created_by_the_user() {
        long id = create(client, body(tenant.mailbox().id(), "Outbound", "\"customer\":{\"email\":"
                + "\"out@example.com\"}", "active", "[{\"type\":\"reply\",\"text\":\"Hello there\"}]", ""));
        JsonNode conversation = get(client, id);
        assertThat(conversation.at("/createdBy/type").asText()).isEqualTo("user");
        assertThat(conversation.at("/createdBy/id").asLong()).isEqualTo(tenant.owner().id());
        assertThat(conversation.at("/source/via").asText()).isEqualTo("user");
        assertThat(conversation.at("/_links/createdByUser/href").asText())
                .endsWith("/v2/users/" + tenant.owner().id());
    }

    @Test
    void a_draft_reply_makes_a_draft_conversation() {
        long id = create(client, body(tenant.mailbox().id(), "Draft", "\"customer\":{\"email\":"
                + "\"draft@example.com\"}", "active", "[{\"type\":\"reply\",\"text\":\"Unsent\","
                + "\"draft\":true}]", ""));
        JsonNode conversation = getWithThreads(client, id);
        assertThat(conversation.get("state").asText()).isEqualTo("draft");
        assertThat(conversation.at("/_embedded/threads/0/state").asText()).isEqualTo("draft");
        assertThat(conversation.get("preview").asText()).isEqualTo("Unsent");
    }

    @Test
    void an_imported_closed_conversation_keeps_its_times() {
        long id = create(client, body(tenant.mailbox().id(), "History", "\"customer\":{\"email\":"
                + "\"old@example.com\"}", "closed", "[{\"type\":\"customer\",\"text\":\"Long ago\"}]",
                ",\"imported\":true,\"createdAt\":\"2012-10-10T12:00:00Z\",\"closedAt\":\"2012-10-12T09:00:00Z\""));
        JsonNode conversation = get(client, id);
        assertThat(conversation.get("createdAt").asText()).isEqualTo("2012-10-10T12:00:00Z");
        assertThat(conversation.get("closedAt").asText()).isEqualTo("2012-10-12T09:00:00Z");
        assertThat(conversation.get("userUpdatedAt").asText()).isEqualTo("2012-10-10T12:00:00Z");
        assertThat(conversation.get("closedBy").asLong()).isEqualTo(tenant.owner().id());
        long live = create(client, body(tenant.mailbox().id(), "Now", "\"customer\":{\"email\":"
                + "\"old@example.com\"}", "closed", "[{\"type\":\"customer\",\"text\":\"x\"}]",
                ",\"closedAt\":\"2012-10-12T09:00:00Z\""));
        assertThat(get(client, live).get("closedAt").asText()).isNotEqualTo("2012-10-12T09:00:00Z");
    }
}
