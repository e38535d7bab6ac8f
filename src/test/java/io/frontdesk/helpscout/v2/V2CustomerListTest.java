package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.web.Dates;
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

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.createNamed;
import static io.frontdesk.helpscout.v2.V2Support.golden;
import static io.frontdesk.helpscout.v2.V2Support.ids;
import static io.frontdesk.helpscout.v2.V2Support.relative;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/customers`: HAL pages, filters, sorting. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2CustomerListTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private JsonNode list(String query) {
        Response response = client.get("/v2/customers" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo(V2Support.HAL);
        return response.json();
    }

    @Test
    void an_empty_list_embeds_an_empty_array() {
        Response response = client.get("/v2/customers");
        assertThat(response.status()).isEqualTo(200);
        golden(response, "list_empty.json", client);
    }

    @Test
    void a_page_embeds_whole_customers() {
        long id = create(client, "{\"firstName\":\"Ada\"}");
        golden(client.get("/v2/customers"), "list_page.json", client, id);
    }

    @Test
    void replays_the_seed_002_list_example() {
        String vernon = """
                {"firstName": "Vernon", "lastName": "Bear", "gender": "Male", "jobTitle": "CEO and Co-Founder",
                 "location": "Greater Dallas/FT Worth Area", "organization": "Acme, Inc", "photoType": "twitter",
                 "photoUrl": "http://twitter.com/img/some-avatar.jpg", "age": "30-35",
                 "background": "I've worked with Vernon before and he's really great."}""";
        long first = create(client, vernon);
        long second = create(client, vernon);
        golden(client.get("/v2/customers"), "seed002_list.json", client, first, second);
        // The seed's own query: first name in a mailbox, parameters ANDed.
        V2Support.insertConversation(tenant, tenant.mailbox().id(), first);
        JsonNode page = list("?mailbox=" + tenant.mailbox().id() + "&firstName=Vernon");
        assertThat(ids(page)).containsExactly(first);
    }

    @Test
    void pages_hold_fifty_and_link_to_each_other_keeping_the_query() {
        List<Long> pagers = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            pagers.add(createNamed(client, "Pager", "P" + i));
        }
        createNamed(client, "Other", "O");
        String base = client.base() + "/v2/customers?firstName=Pager&page=";

        JsonNode first = list("?firstName=Pager");
        assertThat(first.at("/_embedded/customers")).hasSize(50);
        assertThat(first.get("page").toString())
                .isEqualTo("{\"size\":50,\"totalElements\":51,\"totalPages\":2,\"number\":1}");
        JsonNode links = first.get("_links");
        assertThat(links.at("/self/href").asText()).isEqualTo(base + "1");
        assertThat(links.at("/first/href").asText()).isEqualTo(base + "1");
        assertThat(links.at("/last/href").asText()).isEqualTo(base + "2");
        assertThat(links.at("/next/href").asText()).isEqualTo(base + "2");
        assertThat(links.has("previous")).isFalse();
        assertThat(links.at("/page/href").asText()).isEqualTo(client.base() + "/v2/customers?firstName=Pager{&page}");
        assertThat(links.at("/page/templated").asBoolean()).isTrue();

        JsonNode second = client.get(relative(client, links.at("/next/href").asText())).json();
        assertThat(second.at("/_embedded/customers")).hasSize(1);
        assertThat(second.at("/page/number").asInt()).isEqualTo(2);
        assertThat(second.at("/_links/previous/href").asText()).isEqualTo(base + "1");
        assertThat(second.at("/_links").has("next")).isFalse();
        List<Long> seen = new ArrayList<>(ids(first));
        seen.addAll(ids(second));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(pagers);
        List<Long> newestFirst = new ArrayList<>(pagers);
        Collections.reverse(newestFirst);
        assertThat(seen).isEqualTo(newestFirst);

        JsonNode beyond = list("?firstName=Pager&page=3");
        assertThat(beyond.at("/_embedded/customers").toString()).isEqualTo("[]");
        assertThat(beyond.at("/page/number").asInt()).isEqualTo(3);
        assertThat(beyond.at("/page/totalElements").asInt()).isEqualTo(51);
        assertThat(beyond.at("/_links/previous/href").asText()).isEqualTo(base + "2");
        assertThat(beyond.at("/_links").has("next")).isFalse();
    }

    @Test
    void the_page_template_is_form_style_only_without_other_parameters() {
        JsonNode plain = list("?page=1");
        assertThat(plain.at("/_links/page/href").asText()).isEqualTo(client.base() + "/v2/customers{?page}");
        JsonNode encoded = list("?page=1&lastName=O%27Brien%20Jr&sortOrder=asc");
        assertThat(encoded.at("/_links/page/href").asText())
                .isEqualTo(client.base() + "/v2/customers?lastName=O%27Brien%20Jr&sortOrder=asc{&page}");
        assertThat(encoded.at("/_links/self/href").asText())
                .isEqualTo(client.base() + "/v2/customers?lastName=O%27Brien%20Jr&sortOrder=asc&page=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5"})
    void a_bad_page_is_a_query_error(String page) {
        JsonNode error = assertError(client.get("/v2/customers?page=" + page), 400, "page", "InvalidNumber");
        assertThat(error.at("/_embedded/errors/0/source").asText()).isEqualTo("QUERY");
    }

    @Test
    void names_match_whole_and_ignoring_case_and_filters_combine() {
        long ada = createNamed(client, "Ada", "Lovelace");
        long adam = createNamed(client, "Adam", "Smith");
        long ada2 = createNamed(client, "ADA", "Smith");
        assertThat(ids(list("?firstName=ada"))).containsExactly(ada2, ada);
        assertThat(ids(list("?lastName=SMITH"))).containsExactly(ada2, adam);
        assertThat(ids(list("?firstName=Ada&lastName=smith"))).containsExactly(ada2);
        assertThat(list("?firstName=Ad").at("/_embedded/customers").toString()).isEqualTo("[]");
    }

    @Test
    void the_default_order_is_newest_first() {
        long a = createNamed(client, "A", "A");
        long b = createNamed(client, "B", "B");
        long c = createNamed(client, "C", "C");
        assertThat(ids(list(""))).containsExactly(c, b, a);
        assertThat(ids(list("?sortField=createdAt"))).containsExactly(c, b, a);
        assertThat(ids(list("?sortField=createdAt&sortOrder=desc"))).containsExactly(c, b, a);
        assertThat(ids(list("?sortField=createdAt&sortOrder=asc"))).containsExactly(a, b, c);
        assertThat(ids(list("?sortOrder=ASC"))).containsExactly(a, b, c);
    }

    @Test
    void sorts_by_first_name_ignoring_case_both_ways() {
        long bob = createNamed(client, "Bob", "Zed");
        long alice = createNamed(client, "alice", "Young");
        long carl = createNamed(client, "Carl", "Xavier");
        assertThat(ids(list("?sortField=firstName&sortOrder=asc"))).containsExactly(alice, bob, carl);
        assertThat(ids(list("?sortField=firstName&sortOrder=desc"))).containsExactly(carl, bob, alice);
        assertThat(ids(list("?sortField=firstName"))).as("desc is the default").containsExactly(carl, bob, alice);
    }

    @Test
    void sorts_by_last_name_both_ways() {
        long zed = createNamed(client, "Bob", "Zed");
        long young = createNamed(client, "Alice", "young");
        long xavier = createNamed(client, "Carl", "Xavier");
        assertThat(ids(list("?sortField=lastName&sortOrder=asc"))).containsExactly(xavier, young, zed);
        assertThat(ids(list("?sortField=lastName&sortOrder=desc"))).containsExactly(zed, young, xavier);
    }

    @Test
    void sorts_by_modification_both_ways() throws InterruptedException {
        long a = createNamed(client, "A", "A");
        long b = createNamed(client, "B", "B");
        long c = createNamed(client, "C", "C");
        for (long id : new long[] {b, c, a}) {
            Thread.sleep(5);
            assertThat(client.patch("/v2/customers/" + id, "[{\"op\":\"replace\",\"path\":\"/age\",\"value\":\"1\"}]")
                    .status()).isEqualTo(204);
        }
        assertThat(ids(list("?sortField=modifiedAt&sortOrder=asc"))).containsExactly(b, c, a);
        assertThat(ids(list("?sortField=modifiedAt&sortOrder=desc"))).containsExactly(a, c, b);
    }

    @Test
    void score_without_a_search_is_newest_first_in_either_order() {
        long a = createNamed(client, "A", "A");
        long b = createNamed(client, "B", "B");
        assertThat(ids(list("?sortField=score"))).containsExactly(b, a);
        assertThat(ids(list("?sortField=score&sortOrder=asc"))).containsExactly(b, a);
    }

    @Test
    void unknown_sorts_are_query_errors() {
        JsonNode field = assertError(client.get("/v2/customers?sortField=email"), 400, "sortField", "EnumValue");
        assertThat(field.at("/_embedded/errors/0/source").asText()).isEqualTo("QUERY");
        assertError(client.get("/v2/customers?sortOrder=up"), 400, "sortOrder", "EnumValue");
    }

    @Test
    void modified_since_keeps_customers_changed_at_or_after_the_instant() throws InterruptedException {
        long old = createNamed(client, "Old", "O");
        Thread.sleep(1100);
        String since = Dates.iso(Instant.now());
        long fresh = createNamed(client, "Fresh", "F");
        assertThat(ids(list("?modifiedSince=" + since))).containsExactly(fresh);
        assertThat(ids(list("?modifiedSince=2000-01-01T00:00:00Z"))).containsExactly(fresh, old);
        assertThat(list("?modifiedSince=2999-01-01T00:00:00Z").at("/_embedded/customers").toString()).isEqualTo("[]");
        assertThat(client.put("/v2/customers/" + old, "{\"firstName\":\"Old\"}").status()).isEqualTo(204);
        assertThat(ids(list("?modifiedSince=" + since + "&sortField=modifiedAt&sortOrder=asc")))
                .containsExactly(fresh, old);
    }

    @Test
    void a_malformed_modified_since_is_a_query_error() {
        Response response = client.get("/v2/customers?modifiedSince=yesterday");
        assertThat(response.status()).isEqualTo(400);
        golden(response, "query_error.json", client);
    }

    @Test
    void the_mailbox_filter_keeps_customers_with_a_conversation_there() {
        long inside = createNamed(client, "In", "Side");
        long twice = createNamed(client, "Two", "Convs");
        createNamed(client, "Out", "Side");
        long mailbox = tenant.mailbox().id();
        V2Support.insertConversation(tenant, mailbox, inside);
        V2Support.insertConversation(tenant, mailbox, twice);
        V2Support.insertConversation(tenant, mailbox, twice);
        JsonNode page = list("?mailbox=" + mailbox);
        assertThat(ids(page)).containsExactly(twice, inside);
        assertThat(page.at("/page/totalElements").asInt()).isEqualTo(2);
        assertThat(ids(list("?mailbox=" + mailbox + "&lastName=side"))).containsExactly(inside);
        assertThat(list("?mailbox=999999999").at("/_embedded/customers").toString()).isEqualTo("[]");
        assertError(client.get("/v2/customers?mailbox=support"), 400, "mailbox", "InvalidNumber");
    }

    @Test
    void the_query_parameter_is_accepted_and_kept_in_links() {
        createNamed(client, "A", "A");
        JsonNode page = list("?query=%28firstName%3A%22John%22%29");
        assertThat(page.at("/_links/page/href").asText())
                .isEqualTo(client.base() + "/v2/customers?query=%28firstName:%22John%22%29{&page}");
    }
}
