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

import java.util.ArrayList;
import java.util.List;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.customer;
import static io.frontdesk.helpscout.v2.V2Support.relative;
import static org.assertj.core.api.Assertions.assertThat;

/** `/v2/organizations`: the object, replacement, delete, list order and paging, members, and the customer link. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2OrganizationTest {

    static final String ACME = """
            {"name":"Acme","domain":"acme.test","domains":["acme.example"],"website":"www.acme.test",
             "description":"Makes everything","location":"US","note":"Big account","phones":["+1 234 5678"],
             "brandColor":"#000FFF"}""";

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    static long organization(Client client, String json) {
        Response response = client.post("/v2/organizations", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    static void golden(Response response, String file, Client client, long organizationId, long customerId) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo(V2Support.HAL);
        String body = response.body().replaceAll("/v2/organizations/" + organizationId + "(?=[/\"?])",
                        "/v2/organizations/<id>")
                .replaceAll("/v2/customers/" + customerId + "(?=[/\"?])", "/v2/customers/<customer>")
                .replace("{?page}", "<?page>").replace("{&page}", "<&page>");
        Golden.assertMatches(body, "helpscout-v2/organizations/" + file, client.base());
    }

    private long conversationFor(long customerId) {
        Response response = client.post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"closed\",\"customer\":{\"id\":" + customerId + "},"
                + "\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":" + customerId + "},\"text\":\"Hello\"}]}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    @Test
    void create_answers_201_with_a_location_carrying_both_flags_and_reads_back_with_counts() {
        Response created = client.post("/v2/organizations", ACME);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        long id = Long.parseLong(created.header("Resource-ID"));
        assertThat(created.header("Location"))
                .isEqualTo(client.base() + "/v2/organizations/" + id + "?includeCounts=false&includeProperties=false");
        long customer = create(client, "{\"firstName\":\"Ada\",\"organizationId\":" + id + "}");
        conversationFor(customer);

        golden(client.get("/v2/organizations/" + id), "organization.json", client, id, customer);
        JsonNode withoutCounts = client.get(relative(client, created.header("Location"))).json();
        assertThat(withoutCounts.has("customerCount")).isFalse();
        assertThat(withoutCounts.has("properties")).isFalse();
    }

    @Test
    void put_replaces_everything_clearing_what_it_leaves_out() {
        long id = organization(client, ACME);
        assertThat(client.put("/v2/organizations/" + id, "{\"name\":\"Acme Inc.\"}").status()).isEqualTo(204);
        golden(client.get("/v2/organizations/" + id + "?includeCounts=false"), "organization_replaced.json", client,
                id, 0);
    }

    @Test
    void a_customer_links_on_create_put_and_patch_and_renders_the_link() {
        long org = organization(client, ACME);
        long other = organization(client, "{\"name\":\"Other\"}");
        long customer = create(client, "{\"firstName\":\"Ada\",\"organizationId\":" + org + "}");
        golden(client.get("/v2/customers/" + customer), "customer_linked.json", client, org, customer);

        assertThat(client.patch("/v2/customers/" + customer,
                "[{\"op\":\"replace\",\"path\":\"/organizationId\",\"value\":" + other + "}]").status()).isEqualTo(204);
        assertThat(customer(client, customer).get("organizationId").asLong()).isEqualTo(other);
        assertThat(client.patch("/v2/customers/" + customer,
                "[{\"op\":\"remove\",\"path\":\"/organizationId\"}]").status()).isEqualTo(204);
        assertThat(customer(client, customer).get("organizationId").isNull()).isTrue();
        assertThat(customer(client, customer).at("/_links/organization").isMissingNode()).isTrue();

        assertThat(client.put("/v2/customers/" + customer, "{\"firstName\":\"Ada\",\"organizationId\":\"" + org
                + "\"}").status()).isEqualTo(204);
        assertThat(customer(client, customer).get("organizationId").asLong()).isEqualTo(org);
        // PUT is an overwrite: leaving organizationId out unlinks
        assertThat(client.put("/v2/customers/" + customer, "{\"firstName\":\"Ada\"}").status()).isEqualTo(204);
        assertThat(customer(client, customer).get("organizationId").isNull()).isTrue();
    }

    @Test
    void an_unknown_or_foreign_organization_id_is_a_400_on_organizationId_and_changes_nothing() {
        long foreign = organization(backend.tenant().v2(), "{\"name\":\"Theirs\"}");
        assertError(client.post("/v2/customers", "{\"firstName\":\"Ada\",\"organizationId\":" + foreign + "}"),
                400, "organizationId", null);
        assertError(client.post("/v2/customers", "{\"firstName\":\"Ada\",\"organizationId\":\"x\"}"),
                400, "organizationId", null);
        long customer = create(client, "{\"firstName\":\"Ada\"}");
        assertError(client.patch("/v2/customers/" + customer, "[{\"op\":\"replace\",\"path\":\"/firstName\","
                + "\"value\":\"Bea\"},{\"op\":\"replace\",\"path\":\"/organizationId\",\"value\":999999999}]"),
                400, "organizationId", null);
        assertThat(customer(client, customer).get("firstName").asText()).isEqualTo("Ada");
        assertError(client.put("/v2/customers/" + customer, "{\"organizationId\":-4}"), 400, "organizationId", null);
    }

    @Test
    void delete_unlinks_the_members_and_then_answers_404() {
        long id = organization(client, ACME);
        long customer = create(client, "{\"firstName\":\"Ada\",\"organizationId\":" + id + "}");
        assertThat(client.delete("/v2/organizations/" + id).status()).isEqualTo(204);
        assertNotFound(client.get("/v2/organizations/" + id));
        assertNotFound(client.delete("/v2/organizations/" + id));
        JsonNode unlinked = customer(client, customer);
        assertThat(unlinked.get("organizationId").isNull()).isTrue();
        assertThat(unlinked.at("/_links/organization").isMissingNode()).isTrue();
    }

    @Test
    void another_accounts_organization_is_a_404_everywhere() {
        long theirs = organization(backend.tenant().v2(), "{\"name\":\"Theirs\"}");
        assertNotFound(client.get("/v2/organizations/" + theirs));
        assertNotFound(client.put("/v2/organizations/" + theirs, "{\"name\":\"Mine\"}"));
        assertNotFound(client.delete("/v2/organizations/" + theirs));
        assertNotFound(client.get("/v2/organizations/" + theirs + "/customers"));
        assertNotFound(client.get("/v2/organizations/" + theirs + "/conversations"));
    }

    @Test
    void sort_without_a_direction_is_descending_and_the_page_has_the_documented_shape() {
        organization(client, "{\"name\":\"Acme\"}");
        organization(client, "{\"name\":\"Zeta\"}");
        golden(client.get("/v2/organizations?sort=name"), "list_page.json", client, 0, 0);
        assertThat(names(client.get("/v2/organizations?sort=name,asc").json())).containsExactly("Acme", "Zeta");
    }

    @Test
    void counts_and_last_interaction_order_the_list() {
        long quiet = organization(client, "{\"name\":\"Quiet\"}");
        long busy = organization(client, "{\"name\":\"Busy\"}");
        long member = create(client, "{\"firstName\":\"Ada\",\"organizationId\":" + busy + "}");
        create(client, "{\"firstName\":\"Bea\",\"organizationId\":" + busy + "}");
        conversationFor(member);
        assertThat(ids(client.get("/v2/organizations?sort=customerCount").json())).containsExactly(busy, quiet);
        assertThat(ids(client.get("/v2/organizations?sort=conversationCount,asc").json()))
                .containsExactly(quiet, busy);
        assertThat(ids(client.get("/v2/organizations").json())).containsExactly(busy, quiet);
    }

    @Test
    void bad_sort_and_flags_are_query_errors() {
        assertError(client.get("/v2/organizations?sort=color"), 400, "sort", null);
        assertError(client.get("/v2/organizations?sort=name,up"), 400, "sort", null);
        long id = organization(client, "{\"name\":\"Acme\"}");
        assertError(client.get("/v2/organizations/" + id + "?includeCounts=maybe"), 400, "includeCounts", null);
    }

    @Test
    void every_page_of_the_list_is_reached_by_following_next() {
        for (int i = 0; i < 53; i++) {
            organization(client, "{\"name\":\"Org " + i + "\"}");
        }
        List<Long> seen = new ArrayList<>();
        String next = "/v2/organizations?sort=name,asc";
        int pages = 0;
        while (next != null) {
            JsonNode page = client.get(next).json();
            page.at("/_embedded/organizations").forEach(o -> seen.add(o.get("id").asLong()));
            assertThat(page.at("/page/totalElements").asLong()).isEqualTo(53);
            next = page.at("/_links/next").isMissingNode() ? null
                    : relative(client, page.at("/_links/next/href").asText());
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).hasSize(53).doesNotHaveDuplicates();
    }

    @Test
    void validation_reports_every_field_with_its_path() {
        Response response = client.post("/v2/organizations", "{\"website\":\"" + "w".repeat(256)
                + "\",\"domains\":[\"ok.test\",\"\"]}");
        assertError(response, 400, "name", null);
        assertError(response, 400, "website", null);
        assertError(response, 400, "domains[1]", null);
        assertError(client.post("/v2/organizations", "{\"phones\":\"+1\",\"name\":\"X\"}"), 400, "phones", null);
        assertThat(client.get("/v2/organizations").json().at("/page/totalElements").asLong()).isZero();
    }

    @Test
    void members_and_their_conversations_are_listed_under_the_organization() {
        long id = organization(client, "{\"name\":\"Acme\"}");
        long ada = create(client, "{\"firstName\":\"Ada\",\"organizationId\":" + id + "}");
        long bea = create(client, "{\"firstName\":\"Bea\",\"organizationId\":" + id + "}");
        long outsider = create(client, "{\"firstName\":\"Cy\"}");
        long first = conversationFor(ada);
        long second = conversationFor(bea);
        conversationFor(outsider);

        JsonNode customers = client.get("/v2/organizations/" + id + "/customers").json();
        assertThat(V2Support.ids(customers)).containsExactly(bea, ada);
        assertThat(customers.at("/_embedded/customers/0/_links/organization/href").asText())
                .isEqualTo(client.base() + "/v2/organizations/" + id);
        JsonNode conversations = client.get("/v2/organizations/" + id + "/conversations").json();
        List<Long> ids = new ArrayList<>();
        conversations.at("/_embedded/conversations").forEach(c -> ids.add(c.get("id").asLong()));
        assertThat(ids).containsExactly(second, first);
        assertThat(conversations.at("/page/size").asInt()).isEqualTo(25);
        assertThat(conversations.at("/_links/self/href").asText())
                .isEqualTo(client.base() + "/v2/organizations/" + id + "/conversations?page=1");
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.at("/_embedded/organizations").forEach(o -> names.add(o.get("name").asText()));
        return names;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.at("/_embedded/organizations").forEach(o -> ids.add(o.get("id").asLong()));
        return ids;
    }
}
