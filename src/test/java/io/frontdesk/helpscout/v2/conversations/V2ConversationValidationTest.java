package io.frontdesk.helpscout.v2.conversations;

import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.Mailbox;
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

import java.util.List;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertError;
import static io.frontdesk.helpscout.v2.conversations.Conversations.body;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static io.frontdesk.helpscout.v2.conversations.Conversations.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of `POST /v2/conversations`: each refused request is a vnd.error naming the field, and stores nothing. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationValidationTest {

    private static final String CUSTOMER = "\"customer\":{\"email\":\"bear@acme.com\"}";
    private static final String ONE_THREAD = "[{\"type\":\"customer\",\"text\":\"Hi\"}]";

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private String valid(String customer, String threads, String extra) {
        return body(tenant.mailbox().id(), "Subject", customer, "active", threads, extra);
    }

    @Test
    void every_required_field_is_reported_at_once() {
        Response response = post(client, "{}");
        assertError(response, 400, "subject", "NotEmpty");
        golden(response, "validation_required.json", client, Ids.of());
    }

    @Test
    void type_and_status_must_be_documented_values() {
        Response response = post(client, "{\"subject\":\"S\",\"type\":\"sms\",\"status\":\"spam\",\"mailboxId\":"
                + tenant.mailbox().id() + "," + CUSTOMER + ",\"threads\":" + ONE_THREAD + "}");
        assertError(response, 400, "type", "EnumValue");
        assertError(response, 400, "status", "EnumValue");
        golden(response, "validation_enums.json", client, Ids.of());
    }

    @Test
    void the_mailbox_must_be_one_of_the_account() {
        Tenant other = backend.tenant();
        Response response = post(client, body(other.mailbox().id(), "S", CUSTOMER, "active", ONE_THREAD, ""));
        assertError(response, 400, "mailboxId", "InvalidValue");
        golden(response, "validation_mailbox.json", client, Ids.of());
        assertError(post(client, body(0, "S", CUSTOMER, "active", ONE_THREAD, "")), 400, "mailboxId",
                "InvalidIdentifier");
        assertError(post(client, valid(CUSTOMER, ONE_THREAD, "").replace("\"mailboxId\":" + tenant.mailbox().id(),
                "\"mailboxId\":\"abc\"")), 400, "mailboxId", "InvalidType");
    }

    @Test
    void the_customer_needs_an_id_or_a_well_formed_email() {
        assertError(post(client, valid("\"customer\":{}", ONE_THREAD, "")), 400, "customer", "NotNull");
        assertError(post(client, valid("\"customer\":{\"firstName\":\"Ann\"}", ONE_THREAD, "")), 400, "customer",
                "NotNull");
        assertError(post(client, valid("\"customer\":{\"email\":\"nope\"}", ONE_THREAD, "")), 400,
                "customer.email", "Email");
        assertError(post(client, valid("\"customer\":\"bear\"", ONE_THREAD, "")), 400, "customer", "InvalidType");
    }

    /** Decided: an unknown customer id is the request's mistake, a 400 on `customer.id`, not a 404. */
    @Test
    void an_unknown_customer_id_is_a_400_on_customer_id() {
        Response response = post(client, valid("\"customer\":{\"id\":999999999,\"email\":\"x@example.com\"}",
                ONE_THREAD, ""));
        assertError(response, 400, "customer.id", "InvalidValue");
        golden(response, "validation_unknown_customer.json", client, Ids.of());
        long other = backend.tenant().v2().post("/v2/customers", "{\"firstName\":\"Elsewhere\"}").locationId();
        assertError(post(client, valid("\"customer\":{\"id\":" + other + "}", ONE_THREAD, "")), 400,
                "customer.id", "InvalidValue");
    }

    @Test
    void a_new_customer_s_fields_keep_the_documented_limits() {
        String customer = "\"customer\":{\"email\":\"new@example.com\",\"firstName\":\"" + "x".repeat(41)
                + "\",\"lastName\":\"\",\"photoUrl\":\"" + "u".repeat(201) + "\",\"jobTitle\":\"" + "j".repeat(61)
                + "\",\"location\":\"" + "l".repeat(61) + "\",\"organization\":\"" + "o".repeat(61)
                + "\",\"background\":\"" + "b".repeat(201) + "\",\"photoType\":\"myspace\",\"gender\":\"robot\"}";
        Response response = post(client, valid(customer, ONE_THREAD, ""));
        golden(response, "validation_customer.json", client, Ids.of());
        assertThat(client.get("/v2/customers?query=" + "email:%22new@example.com%22").json().at("/page/totalElements")
                .asInt()).isZero();
    }

    @Test
    void a_customer_at_the_limits_is_created_with_every_field() {
        String customer = "\"customer\":{\"email\":\"limits@example.com\",\"firstName\":\"" + "x".repeat(40)
                + "\",\"lastName\":\"L\",\"phone\":\"555-0100\",\"photoUrl\":\"" + "u".repeat(200)
                + "\",\"jobTitle\":\"" + "j".repeat(60) + "\",\"location\":\"" + "l".repeat(60)
                + "\",\"organization\":\"" + "o".repeat(60) + "\",\"background\":\"" + "b".repeat(200)
                + "\",\"photoType\":\"Gravatar\",\"gender\":\"Female\",\"age\":\"30-35\"}";
        long id = Conversations.create(client, valid(customer, ONE_THREAD, ""));
        long customerId = Conversations.get(client, id).at("/primaryCustomer/id").asLong();
        var created = client.get("/v2/customers/" + customerId).json();
        assertThat(created.get("firstName").asText()).hasSize(40);
        assertThat(created.get("photoType").asText()).isEqualTo("gravatar");
        assertThat(created.get("gender").asText()).isEqualTo("female");
        assertThat(created.get("age").asText()).isEqualTo("30-35");
        assertThat(created.at("/_embedded/phones/0/value").asText()).isEqualTo("555-0100");
    }

    @Test
    void threads_are_required_and_need_a_known_type_and_text() {
        assertError(post(client, valid(CUSTOMER, "[]", "")), 400, "threads", "NotEmpty");
        assertError(post(client, valid(CUSTOMER, "{}", "")), 400, "threads", "InvalidType");
        String threads = "[{\"type\":\"sms\",\"text\":\"Hi\"},{\"type\":\"note\"},{\"text\":\"No type\"},"
                + "{\"type\":\"reply\",\"text\":\"Hi\",\"cc\":[\"nope\"],\"bcc\":[\"ok@example.com\",\"bad\"]},"
                + "{\"type\":\"customer\",\"text\":\"Hi\",\"attachments\":[{\"fileName\":\"\"},"
                + "{\"fileName\":\"a.txt\",\"mimeType\":\"text/plain\",\"data\":\"!!not base64!!\"}]},"
                + "{\"type\":\"customer\",\"text\":\"Hi\",\"customer\":{\"id\":999999999}},"
                + "{\"type\":\"customer\",\"text\":\"Hi\",\"createdAt\":\"yesterday\"}, 7]";
        Response response = post(client, valid(CUSTOMER, threads, ""));
        golden(response, "validation_threads.json", client, Ids.of());
    }

    @Test
    void references_in_threads_must_exist() {
        assertError(post(client, valid(CUSTOMER, "[{\"type\":\"customer\",\"text\":\"Hi\","
                + "\"customer\":{\"id\":999999999}}]", "")), 400, "threads[0].customer.id", "InvalidValue");
        assertError(post(client, valid(CUSTOMER, "[{\"type\":\"note\",\"text\":\"Hi\",\"user\":999999999}]", "")),
                400, "threads[0].user", "InvalidValue");
    }

    @Test
    void users_must_be_of_the_account() {
        long stranger = backend.tenant().owner().id();
        assertError(post(client, valid(CUSTOMER, ONE_THREAD, ",\"assignTo\":" + stranger)), 400, "assignTo",
                "InvalidValue");
        assertError(post(client, valid(CUSTOMER, ONE_THREAD, ",\"user\":" + stranger)), 400, "user",
                "InvalidValue");
    }

    @Test
    void dates_must_be_iso_instants() {
        Response response = post(client, valid(CUSTOMER, ONE_THREAD, ",\"createdAt\":\"10/10/2012\","
                + "\"closedAt\":\"2012-10-10\""));
        assertError(response, 400, "createdAt", "MalformedDate");
        assertError(response, 400, "closedAt", "MalformedDate");
    }

    @Test
    void custom_field_values_are_checked_against_the_mailbox_definitions() {
        MailboxField plan = Conversations.definePlan(tenant);
        MailboxField seats = Conversations.define(tenant, "Seats", FieldType.NUMBER, List.of());
        Mailbox second = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales",
                "sales-" + tenant.accountId() + "@example.com");
        MailboxField elsewhere = tenant.server().app().mailboxFields().create(tenant.accountId(), second.id(),
                "Region", FieldType.SINGLE_LINE, false, 0, List.of());
        Response response = post(client, valid(CUSTOMER, ONE_THREAD, ",\"fields\":[{\"id\":" + plan.id()
                + ",\"value\":\"enterprise\"},{\"id\":" + seats.id() + ",\"value\":\"many\"},{\"id\":"
                + elsewhere.id() + ",\"value\":\"EU\"}]"));
        assertError(response, 400, "fields[0].value", "InvalidValue");
        assertError(response, 400, "fields[1].value", "InvalidValue");
        assertError(response, 400, "fields[2].id", "InvalidValue");
        golden(response, "validation_fields.json", client, Ids.of());
        assertError(post(client, valid(CUSTOMER, ONE_THREAD, ",\"fields\":[{\"value\":\"x\"}]")), 400,
                "fields[0].id", "NotNull");
    }

    @Test
    void a_refused_create_stores_nothing_not_even_the_new_customer() {
        Response response = post(client, valid("\"customer\":{\"email\":\"ghost@example.com\"}", ONE_THREAD,
                ",\"tags\":[\"ok\",\"   \"]"));
        assertError(response, 400, "tags", "NotEmpty");
        assertThat(client.get("/v2/customers?query=" + "email:%22ghost@example.com%22").json()
                .at("/page/totalElements").asInt()).isZero();
        assertThat(client.get("/v2/conversations?status=all").json().at("/page/totalElements").asInt()).isZero();
    }

    @Test
    void the_body_must_be_a_json_object() {
        Response array = post(client, "[]");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.header("Content-Type")).isEqualTo(Conversations.VND);
        Response broken = post(client, "{\"subject\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asText()).isEqualTo("Error parsing request body into JSON");
    }

    @Test
    void read_only_unknown_and_null_fields_are_ignored() {
        long id = Conversations.create(client, valid(CUSTOMER, "[{\"type\":\"customer\",\"text\":\"Hi\","
                + "\"id\":5,\"status\":null,\"state\":\"x\",\"action\":null,\"source\":{},\"assignedTo\":null,"
                + "\"savedReplyId\":0,\"to\":[]}]", ",\"id\":123,\"number\":9,\"threadCount\":4,\"folderId\":1,"
                + "\"state\":\"draft\",\"preview\":\"p\",\"assignee\":null,\"closedBy\":0,\"userUpdatedAt\":null,"
                + "\"cc\":[],\"bcc\":[],\"source\":null,\"createdBy\":null,\"user\":null,\"autoReply\":null"));
        var conversation = Conversations.get(client, id);
        assertThat(conversation.get("state").asText()).isEqualTo("published");
        assertThat(conversation.get("threads").asInt()).isEqualTo(1);
    }
}
