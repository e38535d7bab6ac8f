package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v1/customers.json`, `GET /v1/mailboxes/{id}/customers.json` and `GET /v1/customers/{id}.json` misses. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1CustomerListTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    V1CustomerApi api;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        api = new V1CustomerApi(tenant);
    }

    @Test
    void list_items_are_the_list_form() {
        api.create("""
                {"firstName": "Vernon", "lastName": "Bear", "organization": "Acme, Inc",
                 "jobTitle": "CEO and Co-Founder", "location": "Dallas", "age": "30-35", "gender": "male",
                 "photoUrl": "https://example.com/vernon.png", "photoType": "gravatar", "background": "not listed",
                 "emails": [{"value": "vbear@mywork.com"}, {"value": "second@mywork.com"}],
                 "phones": [{"value": "1"}], "address": {"city": "Dallas"}}""");

        Golden.assertMatches(api.client().get("/v1/customers.json"), "helpscout-v1/customers/list_page.json", "");
    }

    @Test
    void an_empty_list_has_no_pages() {
        Golden.assertMatches(api.client().get("/v1/customers.json"), "helpscout-v1/customers/list_empty.json", "");
    }

    @Test
    void fifty_one_customers_make_two_pages_newest_first() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            created.add(api.create("Customer", "N" + i, "c" + i + "@example.com"));
        }

        JsonNode first = api.list("");
        JsonNode second = api.list("?page=2");
        JsonNode third = api.list("?page=3");

        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(first.get("count").asInt()).isEqualTo(51);
        List<Long> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 50));
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("pages").asInt()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(created.get(0));
        assertThat(third.get("page").asInt()).isEqualTo(3);
        assertThat(third.get("count").asInt()).isEqualTo(51);
        assertThat(third.get("items")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?page=null", "?page=", "?page=1", "?page=%201"})
    void a_missing_or_null_page_is_the_first(String query) {
        api.create("A", "B", "a@b.com");

        JsonNode page = api.list(query);

        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "99999999999", "nul"})
    void a_bad_page_is_refused(String page) {
        Response response = api.client().get("/v1/customers.json?page=" + page);

        assertThat(response.status()).isEqualTo(400);
        Golden.assertMatches(response, "helpscout-v1/customers/validation_page.json", "");
        assertThat(response.json().at("/validationErrors/0/value").asText()).isEqualTo(page);
    }

    @Test
    void names_and_email_filter_by_whole_value_ignoring_case() {
        long vernon = api.create("""
                {"firstName": "Vernon", "lastName": "Bear", "emails": [{"value": "vbear@mywork.com"},
                 {"value": "vernon@home.com", "location": "home"}]}""");
        long vera = api.create("Vera", "Bear", "vera@mywork.com");
        api.create("Vernon", "Smith", "vsmith@mywork.com");

        assertThat(ids(api.list("?firstName=vernon&lastName=BEAR"))).containsExactly(vernon);
        assertThat(ids(api.list("?lastName=Bear"))).containsExactly(vera, vernon);
        assertThat(ids(api.list("?firstName=Vern"))).isEmpty();
        assertThat(ids(api.list("?email=VERNON@home.com"))).containsExactly(vernon);
        assertThat(ids(api.list("?email=mywork.com"))).isEmpty();
        assertThat(ids(api.list("?email=vera@mywork.com&firstName=Vernon"))).isEmpty();
        assertThat(api.list("?firstName=&email=").get("count").asInt()).isEqualTo(3);
    }

    @Test
    void modified_since_keeps_customers_changed_at_or_after_it() throws InterruptedException {
        long old = api.create("Old", "One", "old@x.com");
        long changed = api.create("Changed", "One", "changed@x.com");
        String cut = api.item(changed).get("modifiedAt").asText();
        Thread.sleep(1100);
        api.updateOk(changed, "{\"jobTitle\": \"CTO\"}");
        String after = api.item(changed).get("modifiedAt").asText();

        assertThat(ids(api.list("?modifiedSince=" + after))).containsExactly(changed);
        assertThat(ids(api.list("?modifiedSince=" + cut))).contains(changed).hasSizeBetween(1, 2);
        assertThat(ids(api.list("?modifiedSince=2000-01-01T00:00:00Z"))).containsExactly(changed, old);
        assertThat(ids(api.list("?modifiedSince=" + Instant.now().plusSeconds(3600)))).isEmpty();
    }

    @Test
    void a_bad_modified_since_is_refused() {
        Response response = api.client().get("/v1/customers.json?modifiedSince=yesterday");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/validationErrors/0/property").asText()).isEqualTo("modifiedSince");
        assertThat(response.json().at("/validationErrors/0/value").asText()).isEqualTo("yesterday");
    }

    @Test
    void a_mailbox_lists_the_customers_with_a_conversation_in_it() {
        long withConversation = api.create("With", "Conversation", "with@x.com");
        long elsewhere = api.create("Else", "Where", "else@x.com");
        api.create("No", "Conversation", "none@x.com");
        Mailbox other = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales", "sales@x.com");
        Conversations.insert(tenant, tenant.mailbox().id(), withConversation);
        Conversations.insert(tenant, tenant.mailbox().id(), withConversation);
        Conversations.insert(tenant, other.id(), elsewhere);

        Response response = api.client().get("/v1/mailboxes/" + tenant.mailbox().id() + "/customers.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response.json())).containsExactly(withConversation);
        assertThat(response.json().get("count").asInt()).isOne();
        assertThat(response.json().at("/items/0/email").asText()).isEqualTo("with@x.com");
        assertThat(ids(api.client().get("/v1/mailboxes/" + other.id() + "/customers.json?page=null").json()))
                .containsExactly(elsewhere);
    }

    @Test
    void a_mailbox_list_pages_like_the_customer_list() {
        Response response = api.client().get("/v1/mailboxes/" + tenant.mailbox().id() + "/customers.json?page=0");

        assertThat(response.status()).isEqualTo(400);
        Golden.assertMatches(response, "helpscout-v1/customers/validation_page.json", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "abc"})
    void an_unknown_mailbox_is_404(String mailbox) {
        Response response = api.client().get("/v1/mailboxes/" + mailbox + "/customers.json");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void another_accounts_mailbox_is_404() {
        Tenant other = backend.tenant();

        Response response = api.client().get("/v1/mailboxes/" + other.mailbox().id() + "/customers.json");

        assertThat(response.status()).isEqualTo(404);
        Golden.assertMatches(response, "helpscout-v1/customers/mailbox_not_found.json", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "0", "-5", "abc"})
    void an_unknown_customer_is_404(String id) {
        Response response = api.client().get("/v1/customers/" + id + ".json");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        if (id.equals("999999999")) {
            Golden.assertMatches(response, "helpscout-v1/customers/not_found.json", "");
        }
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
