package io.frontdesk.helpcrunch;

import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.NewCustomer;
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
import java.util.Map;

import static io.frontdesk.helpcrunch.HcTests.assertCustomerKeyOrder;
import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static io.frontdesk.helpcrunch.HcTests.create;
import static io.frontdesk.helpcrunch.HcTests.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /customers/{id}` and `GET /customers?offset&limit&sort&order`. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcListCustomersTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        hc = tenant.hc();
    }

    @Test
    void a_customer_is_read_by_id() {
        long id = create(hc, "{\"name\":\"John Doe\",\"userId\":\"u1\"}");

        Response response = hc.get("/customers/" + id);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("userId").asText()).isEqualTo("u1");
        assertCustomerKeyOrder(response.json());
    }

    @Test
    void an_unknown_id_is_404_customer_not_found() {
        assertGolden(hc.get("/customers/999999999"), 404, "errors/customer_not_found.json");
    }

    @Test
    void another_accounts_customer_is_404() {
        long id = create(hc, "{}");

        assertGolden(backend.tenant().hc().get("/customers/" + id), 404, "errors/customer_not_found.json");
    }

    @Test
    void an_id_that_is_not_a_number_is_404() {
        Response response = hc.get("/customers/abc");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().at("/errors/1/code").asText()).isEqualTo("not_found");
    }

    @Test
    void the_list_is_data_then_total_in_creation_order() {
        create(hc, "{\"name\":\"First One\",\"firstSeen\":\"1603885746\"}");
        create(hc, "{\"name\":\"Second\",\"tags\":[{\"name\":\"Lead\"}],\"customData\":{\"plan\":\"gold\"}}");

        Response response = hc.get("/customers");

        assertGolden(response, 200, "customers/list.json");
        List<String> keys = new ArrayList<>();
        response.json().fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("data", "total");
    }

    @Test
    void an_empty_list_is_an_empty_array_and_zero() {
        assertThat(hc.get("/customers").body()).isEqualTo("{\"data\":[],\"total\":0}");
    }

    @Test
    void offset_and_limit_page_the_list_and_total_counts_all() {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(create(hc, "{}"));
        }

        assertThat(ids(hc.get("/customers?offset=1&limit=2"))).containsExactlyElementsOf(all.subList(1, 3));
        assertThat(ids(hc.get("/customers?offset=3&limit=2"))).containsExactlyElementsOf(all.subList(3, 5));
        assertThat(ids(hc.get("/customers?offset=4&limit=100"))).containsExactly(all.get(4));
        assertThat(ids(hc.get("/customers?offset=5"))).isEmpty();
        assertThat(hc.get("/customers?offset=3&limit=1").json().get("total").asLong()).isEqualTo(5);
    }

    @Test
    void the_limit_defaults_to_100() {
        for (int i = 0; i < 101; i++) {
            tenant.server().app().customers().create(tenant.accountId(), null,
                    new NewCustomer(Map.of(CustomerField.FIRST_NAME, "C" + i), List.of(), null, List.of(),
                            List.of()));
        }

        Response response = hc.get("/customers");

        assertThat(ids(response)).hasSize(100);
        assertThat(response.json().get("total").asLong()).isEqualTo(101);
    }

    @Test
    void a_limit_above_100_is_refused_rather_than_cut() {
        assertGolden(hc.get("/customers?limit=101"), 400, "errors/limit_too_large.json");
    }

    @Test
    void paging_parameters_must_be_whole_numbers_in_range() {
        assertInvalid(hc.get("/customers?limit=0"), "limit", "This value should be greater than or equal to 1.");
        assertInvalid(hc.get("/customers?limit=ten"), "limit", "This value should be of type numeric.");
        assertInvalid(hc.get("/customers?offset=-1"), "offset", "This value should be greater than or equal to 0.");
        assertInvalid(hc.get("/customers?offset=1.5"), "offset", "This value should be of type numeric.");
    }

    @Test
    void sort_by_first_seen_last_seen_or_created_at_in_either_order_any_case() {
        long early = create(hc, "{\"firstSeen\":100,\"lastSeen\":900}");
        long late = create(hc, "{\"firstSeen\":500,\"lastSeen\":600}");
        long never = create(hc, "{}");

        assertThat(ids(hc.get("/customers?sort=customers.firstSeen&order=desc"))).containsExactly(late, early, never);
        assertThat(ids(hc.get("/customers?sort=customers.firstSeen&order=ASC"))).containsExactly(early, late, never);
        assertThat(ids(hc.get("/customers?sort=customers.lastSeen&order=Desc"))).containsExactly(early, late, never);
        assertThat(ids(hc.get("/customers?sort=customers.createdAt&order=desc"))).containsExactly(never, late, early);
        assertThat(ids(hc.get("/customers?order=desc"))).containsExactly(never, late, early);
    }

    @Test
    void an_unknown_sort_or_order_is_refused() {
        assertInvalid(hc.get("/customers?sort=customers.name"), "sort",
                "The value you selected is not a valid choice.");
        assertInvalid(hc.get("/customers?order=sideways"), "order", "The value you selected is not a valid choice.");
    }
}
