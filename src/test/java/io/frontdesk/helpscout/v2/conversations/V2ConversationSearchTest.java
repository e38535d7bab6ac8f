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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertError;
import static io.frontdesk.helpscout.v2.conversations.Conversations.body;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.getWithThreads;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static io.frontdesk.helpscout.v2.conversations.Conversations.ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.noContent;
import static org.assertj.core.api.Assertions.assertThat;

/** `query=`: each example of Help Scout's conversation search documentation (reference 3.4), on both databases. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationSearchTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private long conversation(long mailboxId, String subject, String email, String text, String extra) {
        return create(client, body(mailboxId, subject, "\"customer\":{\"email\":\"" + email + "\"}", "active",
                "[{\"type\":\"customer\",\"text\":\"" + text + "\"}]", extra));
    }

    private long conversation(String subject, String text) {
        return conversation(tenant.mailbox().id(), subject, "someone@example.com", text, "");
    }

    private List<Long> search(String query) {
        Response response = client.get("/v2/conversations?status=all&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ids(response.json());
    }

    @Test
    void subject_words_and_phrases_ignore_case_and_word_order() {
        long rainbow = conversation("Somewhere over the RAINBOW", "x");
        long question = conversation("I have a question", "x");
        long drinks = conversation("Tea or coffee?", "x");
        conversation("Coffee only", "x");
        assertThat(search("(subject:\"rainbow\")")).containsExactly(rainbow);
        assertThat(search("(subject:\"have a question\")")).containsExactly(question);
        assertThat(search("(subject:\"coffee tea\")")).containsExactly(drinks);
        assertThat(search("subject:rainbow")).containsExactly(rainbow);
    }

    @Test
    void body_searches_every_thread_s_text() {
        long day = conversation("Weather", "What a beautiful day it is");
        long later = conversation("Later", "nothing here");
        Conversations.addThread(client, later, "notes", "{\"text\":\"What a BEAUTIFUL day indeed\"}");
        conversation("Other", "What a day");
        assertThat(search("(body:\"what a beautiful day\")")).containsExactly(later, day);
        assertThat(search("beautiful")).containsExactly(later, day);
        assertThat(search("body:\"100%\"")).isEmpty();
        long percent = conversation("Discount", "now 100% off_today");
        assertThat(search("body:\"100%\"")).containsExactly(percent);
        assertThat(search("body:\"0%_o\"")).isEmpty();
        assertThat(search("body:\"off_today\"")).containsExactly(percent);
    }

    @Test
    void search_follows_a_renamed_subject_and_an_edited_thread_and_a_new_thread_keeps_both() {
        long id = conversation("Printer jammed", "The tray is stuck");
        String path = "/v2/conversations/" + id;
        Conversations.addThread(client, id, "notes", "{\"text\":\"Try the lever\"}");
        assertThat(search("subject:jammed")).containsExactly(id);
        assertThat(search("body:\"tray is stuck\"")).containsExactly(id);

        noContent(client.patch(path, "{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\"Scanner broken\"}"));
        long thread = 0;
        for (JsonNode t : getWithThreads(client, id).at("/_embedded/threads")) {
            if (t.path("type").asText().equals("customer")) {
                thread = t.path("id").asLong();
            }
        }
        noContent(client.patch(path + "/threads/" + thread,
                "{\"op\":\"replace\",\"path\":\"/text\",\"value\":\"The feeder is stuck\"}"));

        assertThat(search("subject:jammed")).isEmpty();
        assertThat(search("subject:scanner")).containsExactly(id);
        assertThat(search("body:\"tray is stuck\"")).isEmpty();
        assertThat(search("body:\"feeder is stuck\"")).containsExactly(id);
        assertThat(search("body:lever")).containsExactly(id);
    }

    @Test
    void tags_alone_or_in_or() {
        long carrots = conversation(tenant.mailbox().id(), "C", "c@example.com", "x", ",\"tags\":[\"carrots\"]");
        long dogs = conversation(tenant.mailbox().id(), "D", "d@example.com", "x", ",\"tags\":[\"dogs\"]");
        long both = conversation(tenant.mailbox().id(), "B", "b@example.com", "x",
                ",\"tags\":[\"dogs\",\"carrots\"]");
        assertThat(search("(tag:\"carrots\")")).containsExactly(both, carrots);
        assertThat(search("(tag:\"dogs\" OR tag:\"carrots\")")).containsExactly(both, dogs, carrots);
        assertThat(search("tag:carrots -tag:dogs")).containsExactly(carrots);
        assertThat(search("tag:CARROTS")).containsExactly(both, carrots);
    }

    @Test
    void mailbox_by_name_case_sensitively_or_by_id() {
        Mailbox orders = tenant.server().app().mailboxes().create(tenant.accountId(), "Orders",
                "orders" + tenant.accountId() + "@example.com");
        long order = conversation(orders.id(), "Order", "o@example.com", "x", "");
        long support = conversation("Support", "x");
        assertThat(search("(mailboxName:\"Orders\")")).containsExactly(order);
        assertThat(search("(mailboxName:\"orders\")")).isEmpty();
        assertThat(search("(mailboxid:" + orders.id() + ")")).containsExactly(order);
        assertThat(search("(mailboxid:" + tenant.mailbox().id() + ")")).containsExactly(support);
    }

    @Test
    void customer_ids_number_and_id() {
        long first = conversation(tenant.mailbox().id(), "First", "one@example.com", "x", "");
        long second = conversation(tenant.mailbox().id(), "Second", "two@example.com", "x", "");
        long customer = Conversations.get(client, first).at("/primaryCustomer/id").asLong();
        long number = Conversations.get(client, second).get("number").asLong();
        assertThat(search("(customerIds:" + customer + ")")).containsExactly(first);
        assertThat(search("(number:" + number + ")")).containsExactly(second);
        assertThat(search("(id:" + first + ")")).containsExactly(first);
        assertThat(search("number:[" + number + " TO *]")).containsExactly(second);
    }

    @Test
    void assigned_by_user_name_or_unassigned() {
        User spock = tenant.server().app().accounts().createUser(tenant.accountId(), "Spock", "Vulcan",
                "spock" + tenant.accountId() + "@example.com", Role.USER);
        long assigned = conversation(tenant.mailbox().id(), "A", "a@example.com", "x", ",\"assignTo\":" + spock.id());
        long free = conversation("Free", "x");
        assertThat(search("(assigned:\"spock\")")).containsExactly(assigned);
        assertThat(search("(assigned:\"Spock Vulcan\")")).containsExactly(assigned);
        assertThat(search("(assigned:\"Unassigned\")")).containsExactly(free);
        assertThat(search("assigned:*")).containsExactly(assigned);
    }

    @Test
    void attachment_email_and_negation() {
        long files = create(client, body(tenant.mailbox().id(), "Files",
                "\"customer\":{\"email\":\"john@example.com\"}", "active",
                "[{\"type\":\"customer\",\"text\":\"x\",\"attachments\":[{\"fileName\":\"a.txt\","
                        + "\"mimeType\":\"text/plain\",\"data\":\"aGk=\"}]}]", ""));
        long plain = conversation(tenant.mailbox().id(), "Plain", "jane@example.org", "x", "");
        assertThat(search("(attachment:true)")).containsExactly(files);
        assertThat(search("(attachment:false)")).containsExactly(plain);
        assertThat(search("(email:\"john@example.com\")")).containsExactly(files);
        assertThat(search("(email:\"JOHN@example.com\")")).containsExactly(files);
        assertThat(search("email:example.org")).containsExactly(plain);
        assertThat(search("(NOT email:\"john@example.com\")")).containsExactly(plain);
    }

    @Test
    void dates_with_ranges_and_date_math() {
        long old = conversation(tenant.mailbox().id(), "Old", "old@example.com", "x",
                ",\"createdAt\":\"2012-10-10T12:00:00Z\"");
        long fresh = conversation("Fresh", "x");
        assertThat(search("modifiedAt:[2024-01-01T00:00:00Z TO *]")).containsExactly(fresh, old);
        assertThat(search("modifiedAt:[NOW-180DAYS TO NOW-9DAYS]")).isEmpty();
        assertThat(search("createdAt:[2012-01-01 TO 2013-01-01]")).containsExactly(old);
        assertThat(search("createdAt:2012-10-10")).containsExactly(old);
        assertThat(search("createdAt:[NOW-1DAY TO *]")).containsExactly(fresh);
    }

    @Test
    void custom_fields_as_cf_terms_and_ranges() {
        MailboxField renewal = Conversations.define(tenant, "Renewal", FieldType.DATE, List.of());
        MailboxField seats = Conversations.define(tenant, "Seats", FieldType.NUMBER, List.of());
        MailboxField plan = Conversations.definePlan(tenant);
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        long soon = conversation(tenant.mailbox().id(), "Soon", "s@example.com", "x", ",\"fields\":[{\"id\":"
                + renewal.id() + ",\"value\":\"" + future + "\"},{\"id\":" + seats.id() + ",\"value\":\"12\"},"
                + "{\"id\":" + plan.id() + ",\"value\":\"paid\"}]");
        long past = conversation(tenant.mailbox().id(), "Past", "p@example.com", "x", ",\"fields\":[{\"id\":"
                + renewal.id() + ",\"value\":\"2020-01-01\"},{\"id\":" + seats.id() + ",\"value\":\"3\"}]");
        assertThat(search("cf" + renewal.id() + ":[NOW TO *]")).containsExactly(soon);
        assertThat(search("cf" + renewal.id() + ":2020-01-01")).containsExactly(past);
        assertThat(search("cf" + seats.id() + ":[10 TO *]")).containsExactly(soon);
        assertThat(search("cf" + seats.id() + ":3")).containsExactly(past);
        assertThat(search("cf" + plan.id() + ":paid")).containsExactly(soon);
        assertThat(search("cf" + plan.id() + ":*")).containsExactly(soon);
    }

    @Test
    void query_is_anded_with_the_other_parameters() {
        long vip = conversation(tenant.mailbox().id(), "Fire", "f@example.com", "x", ",\"tags\":[\"fire\"]");
        conversation(tenant.mailbox().id(), "Cold", "c@example.com", "x", "");
        assertThat(ids(client.get("/v2/conversations?mailbox=" + tenant.mailbox().id() + "&query="
                + URLEncoder.encode("tag:fire", StandardCharsets.UTF_8)).json())).containsExactly(vip);
        assertThat(ids(client.get("/v2/conversations?status=closed&query=tag:fire").json())).isEmpty();
    }

    @Test
    void a_query_that_cannot_be_read_is_a_400_on_query() {
        Response response = client.get("/v2/conversations?query=" + URLEncoder.encode("(subject:\"open",
                StandardCharsets.UTF_8));
        assertError(response, 400, "query", "InvalidQuery");
        golden(response, "query_error.json", client, Ids.of());
        assertError(client.get("/v2/conversations?query=colour:red"), 400, "query", "InvalidQuery");
        assertError(client.get("/v2/conversations?query=cf999999:x"), 400, "query", "InvalidQuery");
        assertError(client.get("/v2/conversations?query=status:archived"), 400, "query", "InvalidQuery");
        assertError(client.get("/v2/conversations?query=createdAt:someday"), 400, "query", "InvalidQuery");
        assertError(client.get("/v2/conversations?query=tag:[a%20TO%20b]"), 400, "query", "InvalidQuery");
    }
}
