package io.frontdesk.helpscout.v2.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertError;
import static io.frontdesk.helpscout.v2.conversations.Conversations.body;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static io.frontdesk.helpscout.v2.conversations.Conversations.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/conversations`: filters, every sort field, paging and embedded threads. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationListTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private long conversation(long mailboxId, String subject, String email, String status, String extra) {
        return create(client, body(mailboxId, subject, "\"customer\":{\"email\":\"" + email + "\"}", status,
                "[{\"type\":\"customer\",\"text\":\"About " + subject + "\"}]", extra));
    }

    private long conversation(String subject, String status) {
        return conversation(tenant.mailbox().id(), subject, "c@example.com", status, "");
    }

    private List<Long> list(String query) {
        Response response = client.get("/v2/conversations" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ids(response.json());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void the_default_is_active_conversations_newest_first_and_status_selects_others() {
        long active = conversation("Active", "active");
        long pending = conversation("Pending", "pending");
        long closed = conversation("Closed", "closed");
        long spam = conversation("Spam", "active");
        client.patch("/v2/conversations/" + spam, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"spam\"}");
        assertThat(list("")).containsExactly(active);
        assertThat(list("?status=active")).containsExactly(active);
        assertThat(list("?status=pending")).containsExactly(pending);
        assertThat(list("?status=closed")).containsExactly(closed);
        assertThat(list("?status=spam")).containsExactly(spam);
        assertThat(list("?status=open")).containsExactly(pending, active);
        assertThat(list("?status=all")).containsExactly(spam, closed, pending, active);
    }

    @Test
    void a_page_reads_as_the_documented_hal_list() {
        long id = conversation(tenant.mailbox().id(), "Listed", "list@example.com", "active", ",\"tags\":[\"vip\"]");
        JsonNode conversation = Conversations.get(client, id);
        golden(client.get("/v2/conversations"), "list_page.json", client, Ids.of().conversation(id)
                .customer(conversation.at("/primaryCustomer/id").asLong()).mailbox(tenant.mailbox().id()));
        golden(client.get("/v2/conversations?status=closed"), "list_empty.json", client, Ids.of());
    }

    @Test
    void mailbox_takes_one_id_or_a_comma_list() {
        Mailbox sales = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales",
                "sales" + tenant.accountId() + "@example.com");
        long support = conversation("In support", "active");
        long inSales = conversation(sales.id(), "In sales", "s@example.com", "active", "");
        assertThat(list("?mailbox=" + tenant.mailbox().id())).containsExactly(support);
        assertThat(list("?mailbox=" + sales.id())).containsExactly(inSales);
        assertThat(list("?mailbox=" + tenant.mailbox().id() + "," + sales.id())).containsExactly(inSales, support);
        assertThat(list("?mailbox=" + backend.tenant().mailbox().id())).isEmpty();
    }

    @Test
    void tag_takes_one_name_or_a_comma_list_of_which_any_matches() {
        long red = conversation(tenant.mailbox().id(), "Red", "r@example.com", "active", ",\"tags\":[\"red\"]");
        long blue = conversation(tenant.mailbox().id(), "Blue", "b@example.com", "active", ",\"tags\":[\"blue\"]");
        conversation("Plain", "active");
        assertThat(list("?tag=red")).containsExactly(red);
        assertThat(list("?tag=red,blue")).containsExactly(blue, red);
        assertThat(list("?tag=green")).isEmpty();
    }

    @Test
    void assigned_to_modified_since_and_number() {
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Spock", "Vulcan",
                "spock" + tenant.accountId() + "@example.com", Role.USER);
        long assigned = conversation(tenant.mailbox().id(), "Assigned", "a@example.com", "active",
                ",\"assignTo\":" + agent.id());
        long other = conversation("Other", "active");
        assertThat(list("?assigned_to=" + agent.id())).containsExactly(assigned);
        assertThat(list("?modifiedSince=2000-01-01T00:00:00Z")).containsExactly(other, assigned);
        assertThat(list("?modifiedSince=2100-01-01T00:00:00Z")).isEmpty();
        long number = Conversations.get(client, other).get("number").asLong();
        assertThat(list("?number=" + number)).containsExactly(other);
    }

    @Test
    void custom_fields_by_ids_match_every_pair() {
        MailboxField plan = Conversations.definePlan(tenant);
        MailboxField seats = Conversations.define(tenant, "Seats", FieldType.NUMBER, List.of());
        long paidFive = conversation(tenant.mailbox().id(), "Paid five", "p@example.com", "active",
                ",\"fields\":[{\"id\":" + plan.id() + ",\"value\":\"paid\"},{\"id\":" + seats.id()
                        + ",\"value\":\"5\"}]");
        long trial = conversation(tenant.mailbox().id(), "Trial", "t@example.com", "active",
                ",\"fields\":[{\"id\":" + plan.id() + ",\"value\":\"trial\"}]");
        long paidOption = plan.options().get(1).id();
        assertThat(list("?customFieldsByIds=" + plan.id() + ":paid")).containsExactly(paidFive);
        assertThat(list("?customFieldsByIds=" + plan.id() + ":" + paidOption)).containsExactly(paidFive);
        assertThat(list("?customFieldsByIds=" + plan.id() + ":Trial")).containsExactly(trial);
        assertThat(list("?customFieldsByIds=" + seats.id() + ":5.0")).containsExactly(paidFive);
        assertThat(list("?customFieldsByIds=" + plan.id() + ":paid," + seats.id() + ":6")).isEmpty();
        assertError(client.get("/v2/conversations?customFieldsByIds=999999:x"), 400, "customFieldsByIds",
                "InvalidValue");
    }

    @Test
    void every_sort_field_orders_both_ways() {
        Mailbox second = tenant.server().app().mailboxes().create(tenant.accountId(), "Second",
                "second" + tenant.accountId() + "@example.com");
        long banana = conversation(second.id(), "Banana", "zed@example.com", "active",
                ",\"createdAt\":\"2020-01-03T00:00:00Z\"");
        long apple = conversation(tenant.mailbox().id(), "apple", "amy@example.com", "pending",
                ",\"createdAt\":\"2020-01-01T00:00:00Z\"");
        long cherry = create(client, body(tenant.mailbox().id(), "Cherry",
                "\"customer\":{\"email\":\"bob@example.com\",\"firstName\":\"Bob\"}", "closed",
                "[{\"type\":\"reply\",\"text\":\"We answered\"}]", ",\"createdAt\":\"2020-01-02T00:00:00Z\""));
        client.put("/v2/conversations/" + apple + "/tags", "{\"tags\":[\"touched\"]}");
        setNames(banana, "Zed", "Zulu");
        setNames(apple, "Amy", "Adams");

        String all = "?status=all&sortField=";
        assertThat(list(all + "createdAt")).containsExactly(banana, cherry, apple);
        assertThat(list(all + "createdAt&sortOrder=asc")).containsExactly(apple, cherry, banana);
        assertThat(list(all + "number&sortOrder=asc")).containsExactly(banana, apple, cherry);
        assertThat(list(all + "number")).containsExactly(cherry, apple, banana);
        assertThat(list(all + "subject&sortOrder=asc")).containsExactly(apple, banana, cherry);
        assertThat(list(all + "subject&sortOrder=desc")).containsExactly(cherry, banana, apple);
        assertThat(list(all + "customerEmail&sortOrder=asc")).containsExactly(apple, cherry, banana);
        assertThat(list(all + "customerEmail")).containsExactly(banana, cherry, apple);
        assertThat(list(all + "customerName&sortOrder=asc")).containsExactly(apple, cherry, banana);
        assertThat(list(all + "customerName")).containsExactly(banana, cherry, apple);
        assertThat(list(all + "status&sortOrder=asc")).containsExactly(banana, apple, cherry);
        assertThat(list(all + "status")).containsExactly(cherry, apple, banana);
        assertThat(list(all + "modifiedAt")).first().isEqualTo(apple);
        assertThat(list(all + "modifiedAt&sortOrder=asc")).last().isEqualTo(apple);
        assertThat(list(all + "mailboxid&sortOrder=asc")).containsExactly(apple, cherry, banana);
        assertThat(list(all + "mailboxid")).containsExactly(banana, cherry, apple);
        // Waiting: banana since 2020-01-03, apple since 2020-01-01; cherry's customer is not waiting (nulls last).
        assertThat(list(all + "waitingSince&sortOrder=asc")).containsExactly(apple, banana, cherry);
        assertThat(list(all + "waitingSince")).containsExactly(banana, apple, cherry);
        // Score ranks subjects containing the query's text first; without text it is newest first.
        assertThat(list(all + "score&query=" + enc("cherry OR apple OR banana OR body:\"About\"")).get(0))
                .isEqualTo(cherry);
        assertThat(list(all + "score")).containsExactly(banana, cherry, apple);
        assertThat(list(all + "Subject&sortOrder=ASC")).containsExactly(apple, banana, cherry);
    }

    private void setNames(long conversationId, String first, String last) {
        long customer = Conversations.get(client, conversationId).at("/primaryCustomer/id").asLong();
        assertThat(client.put("/v2/customers/" + customer, "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\"}").status()).isEqualTo(204);
    }

    @Test
    void twenty_six_conversations_make_two_pages_of_twenty_five_with_links_that_keep_the_query() {
        for (int i = 0; i < 26; i++) {
            conversation("Page " + i, "active");
        }
        JsonNode first = client.get("/v2/conversations?status=active").json();
        assertThat(first.at("/_embedded/conversations")).hasSize(25);
        assertThat(first.at("/page/size").asInt()).isEqualTo(25);
        assertThat(first.at("/page/totalElements").asInt()).isEqualTo(26);
        assertThat(first.at("/page/totalPages").asInt()).isEqualTo(2);
        assertThat(first.at("/page/number").asInt()).isEqualTo(1);
        String next = first.at("/_links/next/href").asText();
        assertThat(next).isEqualTo(client.base() + "/v2/conversations?status=active&page=2");
        assertThat(first.at("/_links/page/href").asText())
                .isEqualTo(client.base() + "/v2/conversations?status=active{&page}");
        assertThat(first.at("/_links/page/templated").asBoolean()).isTrue();
        JsonNode second = client.get(next.substring(client.base().length())).json();
        assertThat(second.at("/_embedded/conversations")).hasSize(1);
        assertThat(second.at("/_links/previous/href").asText()).endsWith("page=1");
        assertThat(second.at("/_links").has("next")).isFalse();
        List<Long> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).doesNotHaveDuplicates().hasSize(26);
        JsonNode beyond = client.get("/v2/conversations?page=3").json();
        assertThat(beyond.at("/_embedded/conversations").toString()).isEqualTo("[]");
    }

    @Test
    void embed_threads_puts_each_conversation_s_threads_in_the_list() {
        long id = conversation("Embedded", "active");
        Conversations.addThread(client, id, "notes", "{\"text\":\"A note\"}");
        JsonNode listed = client.get("/v2/conversations?embed=threads").json().at("/_embedded/conversations/0");
        assertThat(listed.at("/_embedded/threads")).hasSize(2);
        assertThat(listed.at("/_embedded/threads/0/type").asText()).isEqualTo("note");
        JsonNode plain = client.get("/v2/conversations").json().at("/_embedded/conversations/0");
        assertThat(plain.has("_embedded")).isFalse();
        assertThat(plain.get("threads").asInt()).isEqualTo(2);
    }

    @Test
    void deleted_conversations_are_never_listed() {
        long kept = conversation("Kept", "active");
        long deleted = conversation("Deleted", "active");
        assertThat(client.delete("/v2/conversations/" + deleted).status()).isEqualTo(204);
        assertThat(list("?status=all")).containsExactly(kept);
    }

    @Test
    void bad_parameters_are_400s_naming_the_parameter() {
        Response status = client.get("/v2/conversations?status=archived");
        assertError(status, 400, "status", "EnumValue");
        golden(status, "list_bad_status.json", client, Ids.of());
        assertError(client.get("/v2/conversations?sortField=colour"), 400, "sortField", "EnumValue");
        assertError(client.get("/v2/conversations?sortOrder=up"), 400, "sortOrder", "EnumValue");
        assertError(client.get("/v2/conversations?page=0"), 400, "page", "InvalidNumber");
        assertError(client.get("/v2/conversations?mailbox=1,x"), 400, "mailbox", "InvalidNumber");
        assertError(client.get("/v2/conversations?assigned_to=me"), 400, "assigned_to", "InvalidNumber");
        assertError(client.get("/v2/conversations?number=one"), 400, "number", "InvalidNumber");
        assertError(client.get("/v2/conversations?folder=7"), 400, "folder", "InvalidIdentifier");
        assertError(client.get("/v2/conversations?modifiedSince=yesterday"), 400, "modifiedSince",
                "MalformedDate");
        assertError(client.get("/v2/conversations?customFieldsByIds=blue"), 400, "customFieldsByIds",
                "InvalidValue");
    }
}
