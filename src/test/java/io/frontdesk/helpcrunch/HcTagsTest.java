package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpcrunch.HcTests.assertCustomerKeyOrder;
import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static io.frontdesk.helpcrunch.HcTests.create;
import static org.assertj.core.api.Assertions.assertThat;

/** `PUT` and `DELETE /customers/{id}/tags`. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcTagsTest {

    @Parameter
    Backend backend;

    private Client hc;
    private long id;

    @BeforeEach
    void customer() {
        hc = backend.tenant().hc();
        id = create(hc, "{\"name\":\"John Doe\",\"tags\":[{\"name\":\"Paid\",\"color\":\"#fbfbfb\"}]}");
    }

    @Test
    void tagging_adds_to_the_customers_tags_and_answers_the_whole_customer() {
        Response response = hc.put("/customers/" + id + "/tags",
                "{\"tags\":[{\"name\":\"Lead\",\"color\":\"#ccc\"},{\"name\":\"Black Friday\"}]}");

        assertThat(response.status()).isEqualTo(200);
        assertCustomerKeyOrder(response.json());
        assertThat(response.json().get("tags").toString()).isEqualTo("[{\"name\":\"Black Friday\",\"color\":"
                + "\"#c377e0\"},{\"name\":\"Lead\",\"color\":\"#ccc\"},{\"name\":\"Paid\",\"color\":\"#fbfbfb\"}]");
    }

    @Test
    void an_existing_tag_keeps_its_color_and_names_are_case_sensitive() {
        JsonNode tags = hc.put("/customers/" + id + "/tags",
                "{\"tags\":[{\"name\":\"Paid\",\"color\":\"#000\"},{\"name\":\"paid\"}]}").json().get("tags");

        assertThat(tags.toString()).isEqualTo("[{\"name\":\"Paid\",\"color\":\"#fbfbfb\"},"
                + "{\"name\":\"paid\",\"color\":\"#c377e0\"}]");
    }

    @Test
    void tags_are_shared_by_the_account() {
        hc.put("/customers/" + id + "/tags", "{\"tags\":[{\"name\":\"Lead\",\"color\":\"#123456\"}]}");
        long other = create(hc, "{}");

        JsonNode tags = hc.put("/customers/" + other + "/tags", "{\"tags\":[{\"name\":\"Lead\"}]}").json().get("tags");

        assertThat(tags.toString()).isEqualTo("[{\"name\":\"Lead\",\"color\":\"#123456\"}]");
    }

    @Test
    void untagging_removes_by_name_and_ignores_tags_the_customer_does_not_have() {
        hc.put("/customers/" + id + "/tags", "{\"tags\":[{\"name\":\"Lead\"}]}");

        Response response = hc.delete("/customers/" + id + "/tags",
                "{\"tags\":[{\"name\":\"Lead\"},{\"name\":\"Nope\"},{\"name\":\"paid\"}]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("tags").toString()).isEqualTo("[{\"name\":\"Paid\",\"color\":\"#fbfbfb\"}]");
        assertThat(hc.delete("/customers/" + id + "/tags", "{\"tags\":[\"Paid\"]}").json().get("tags").size())
                .isZero();
    }

    @Test
    void the_tags_key_is_required_and_must_hold_named_tags() {
        assertInvalid(hc.put("/customers/" + id + "/tags", "{}"), "tags", "This value should not be blank.");
        assertInvalid(hc.delete("/customers/" + id + "/tags", "{\"tags\":\"Lead\"}"), "tags",
                "This value should be of type array.");
        assertInvalid(hc.put("/customers/" + id + "/tags", "{\"tags\":[{\"color\":\"#ccc\"}]}"), "tags[0].name",
                "This value should not be blank.");
        assertInvalid(hc.delete("/customers/" + id + "/tags", null), "tags", "This value should not be blank.");
    }

    @Test
    void tagging_an_unknown_customer_is_404() {
        assertGolden(hc.put("/customers/999999999/tags", "{\"tags\":[{\"name\":\"Lead\"}]}"), 404,
                "errors/customer_not_found.json");
        assertGolden(hc.delete("/customers/999999999/tags", "{\"tags\":[{\"name\":\"Lead\"}]}"), 404,
                "errors/customer_not_found.json");
    }
}
