package io.frontdesk.helpcrunch;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.StringJoiner;

import static io.frontdesk.helpcrunch.HcTests.assertErrors;
import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static io.frontdesk.helpcrunch.HcTests.create;
import static org.assertj.core.api.Assertions.assertThat;

/** `PUT /customers/batch`: 1 to 10 partial updates, all or nothing, answered with the updated customers. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcBatchUpdateTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;
    private long john;
    private long jane;

    @BeforeEach
    void customers() {
        tenant = backend.tenant();
        hc = tenant.hc();
        john = create(hc, "{\"name\":\"John Doe\",\"phone\":\"+100\",\"userId\":\"u1\"}");
        jane = create(hc, "{\"name\":\"Jane Roe\",\"notes\":\"keep\"}");
    }

    @Test
    void each_item_updates_its_customer_and_the_answer_lists_them_in_order() {
        Response response = hc.put("/customers/batch", "[{\"customer\": " + jane + ", \"city\": \"Kyiv\"},"
                + " {\"customer\": \"" + john + "\", \"phone\": \"+10233456781\", \"tags\": [{\"name\": \"vip\"}]}]");

        assertGolden(response, 200, "customers/batch_result.json");
        assertThat(response.json().get(0).get("id").asLong()).isEqualTo(jane);
        assertThat(response.json().get(1).get("id").asLong()).isEqualTo(john);
        assertThat(hc.get("/customers/" + john).json().get("phone").asText()).isEqualTo("+10233456781");
    }

    @Test
    void items_are_partial_even_on_a_strict_account() {
        tenant.server().app().accounts().setStrictPut(tenant.accountId(), true);

        Response response = hc.put("/customers/batch", "[{\"customer\": " + jane + ", \"blocked\": true}]");

        assertThat(response.json().get(0).get("notes").asText()).isEqualTo("keep");
        assertThat(response.json().get(0).get("blocked").asBoolean()).isTrue();
    }

    @Test
    void one_bad_item_is_reported_by_index_and_nothing_changes() {
        String before = hc.get("/customers").body();

        Response response = hc.put("/customers/batch", "[{\"customer\": " + john + ", \"notes\": \"changed\"},"
                + " {\"customer\": " + jane + ", \"phone\": [\"+1\"]}, {\"customer\": " + jane + "}]");

        assertGolden(response, 400, "errors/batch_item.json");
        assertThat(hc.get("/customers").body()).isEqualTo(before);
    }

    @Test
    void an_unknown_customer_rolls_back_the_items_before_it() {
        String before = hc.get("/customers").body();

        Response response = hc.put("/customers/batch", "[{\"customer\": " + jane + ", \"notes\": \"changed\"},"
                + " {\"customer\": 999999999, \"notes\": \"x\"}]");

        assertGolden(response, 404, "errors/customer_not_found.json");
        assertThat(hc.get("/customers").body()).isEqualTo(before);
    }

    @Test
    void a_duplicate_user_id_inside_a_batch_rolls_everything_back() {
        String before = hc.get("/customers").body();

        Response response = hc.put("/customers/batch", "[{\"customer\": " + john + ", \"notes\": \"changed\"},"
                + " {\"customer\": " + jane + ", \"userId\": \"u1\"}]");

        assertGolden(response, 400, "errors/duplicate_userId.json");
        assertThat(hc.get("/customers").body()).isEqualTo(before);
    }

    @Test
    void a_batch_holds_one_to_ten_items() {
        assertInvalid(hc.put("/customers/batch", "[]"), "body", "This collection should contain 1 element or more.");
        StringJoiner eleven = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 11; i++) {
            eleven.add("{\"customer\": " + john + "}");
        }
        assertGolden(hc.put("/customers/batch", eleven.toString()), 400, "errors/batch_too_large.json");
        StringJoiner ten = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 10; i++) {
            ten.add("{\"customer\": " + create(hc, "{}") + ", \"notes\": \"n" + i + "\"}");
        }
        assertThat(hc.put("/customers/batch", ten.toString()).json().size()).isEqualTo(10);
    }

    @Test
    void the_body_must_be_an_array_of_objects_naming_their_customer() {
        assertInvalid(hc.put("/customers/batch", "{\"customer\": 1}"), "body", "This value should be of type array.");
        assertErrors(hc.put("/customers/batch", "[5, {\"notes\": \"x\"}, {\"customer\": \"abc\"}]"), 400,
                "[0]", "This value should be of type object.",
                "[1].customer", "This value should not be blank.",
                "[2].customer", "This value should be of type numeric.");
    }
}
