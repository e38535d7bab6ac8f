package io.frontdesk.limits;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON that parses badly or holds values no column can store: invalid UTF-8, unpaired surrogates, numbers beyond
 * 64 bits or beyond `double`, deep nesting, overlong numbers. Each is a 400 in the dialect's format, naming the field
 * where there is one, and never a 500.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class JsonInputTest {

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    /** Overlong (`C0 80`) and CESU-8 (`ED A0 80`) sequences too, which Jackson alone decodes to NUL and `\ud800`. */
    @Test
    void invalid_utf8_is_a_400_in_every_dialect() {
        for (byte[] bad : new byte[][] {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}}) {
            byte[] body = Bodies.concat("{\"firstName\":\"ab".getBytes(StandardCharsets.UTF_8), bad,
                    "cd\",\"lastName\":\"Bear\",\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8));

            RawRequest.Answer v2 = post("/v2/customers", Credentials.bearer(tenant), body);
            assertThat(v2.status()).isEqualTo(400);
            assertThat(v2.body().get("message").asText()).isEqualTo("Error parsing request body into JSON");
            assertThat(v2.body().at("/_links/about/href").asText()).endsWith("#invalid-json");

            RawRequest.Answer v1 = post("/v1/customers.json", Credentials.basic(tenant), body);
            assertThat(v1.status()).isEqualTo(400);
            assertThat(v1.body().get("message").asText()).isEqualTo("Error parsing request body into JSON: "
                    + "invalid UTF-8 at byte 16 (JSON must be UTF-8)");

            RawRequest.Answer hc = post("/helpcrunch/v1/customers", Credentials.helpcrunch(tenant), body);
            assertThat(hc.status()).isEqualTo(400);
            assertThat(hc.body().at("/errors/1/code").asText()).isEqualTo("invalid_json");
        }
    }

    @Test
    void an_unpaired_surrogate_is_a_400_on_its_field_in_every_dialect() {
        String body = "{\"firstName\":\"Ver\\ud800non\",\"lastName\":\"Bear\",\"name\":\"x\\udc00\","
                + "\"emails\":[{\"value\":\"a@b.test\"}]}";

        Response v2 = tenant.v2().post("/v2/customers", body);
        assertThat(v2.status()).isEqualTo(400);
        assertThat(v2.json().at("/_embedded/errors/0/path").asText()).isEqualTo("firstName");
        assertThat(v2.json().at("/_embedded/errors/0/message").asText()).contains("unpaired surrogate");
        assertThat(v2.json().at("/_embedded/errors/0/rejectedValue").asText()).isEqualTo("Ver?non");

        Response v1 = tenant.v1().post("/v1/customers.json", body);
        assertThat(v1.status()).isEqualTo(400);
        assertThat(v1.json().at("/validationErrors/0/property").asText()).isEqualTo("firstName");

        Response hc = tenant.hc().post("/customers", "{\"name\":\"x\\udc00\"}");
        assertThat(hc.status()).isEqualTo(400);
        assertThat(hc.json().at("/errors/1/code").asText()).isEqualTo("name");
    }

    @Test
    void an_unpaired_surrogate_in_a_key_is_a_400() {
        // Jackson's byte parser cannot build the key: malformed, which is as good as the field error values get
        Response response = tenant.v2().post("/v2/customers", "{\"firstName\":\"Vernon\",\"x\\ud800\":1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).isEqualTo("Error parsing request body into JSON");
    }

    @Test
    void ids_beyond_64_bits_are_a_400_naming_the_field() {
        Response response = tenant.v2().post("/v2/conversations", conversation("9223372036854775808"));

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().at("/_embedded/errors/0");
        assertThat(error.get("path").asText()).isEqualTo("mailboxId");
        assertThat(error.get("message").asText()).isEqualTo(
                "must be a whole number between -9223372036854775808 and 9223372036854775807");
    }

    @Test
    void a_number_beyond_double_is_a_400_naming_the_field() {
        Response id = tenant.v2().post("/v2/conversations", conversation("1e999"));
        assertThat(id.status()).isEqualTo(400);
        assertThat(id.json().at("/_embedded/errors/0/path").asText()).isEqualTo("mailboxId");

        tenant.v2().post("/v2/customer-properties", "{\"type\":\"number\",\"slug\":\"seats\",\"name\":\"Seats\"}");
        Response property = tenant.v2().post("/v2/customers", "{\"firstName\":\"V\",\"properties\":[{\"slug\":"
                + "\"seats\",\"value\":1e999}]}");
        assertThat(property.status()).as(property.toString()).isEqualTo(400);
        assertThat(property.json().at("/_embedded/errors/0/path").asText()).isEqualTo("properties[0].value");
        assertThat(property.json().at("/_embedded/errors/0/message").asText()).isEqualTo("number out of range");
    }

    @Test
    void an_id_beyond_64_bits_in_a_patch_does_not_wrap_around_to_another_id() {
        long conversation = Bodies.conversation(tenant.v2(), tenant);

        // 2^64 + 1 wraps to 1 in a plain longValue(): it must be refused, not taken for customer 1
        Response response = tenant.v2().patch("/v2/conversations/" + conversation,
                "{\"op\":\"replace\",\"path\":\"/primaryCustomer.id\",\"value\":18446744073709551617}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/_embedded/errors/0/path").asText()).isEqualTo("primaryCustomer.id");
    }

    @Test
    void nesting_deeper_than_64_and_numbers_longer_than_100_digits_are_malformed() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThat(tenant.v2().post("/v2/customers", "{\"firstName\":" + deep + "}").status()).isEqualTo(400);
        assertThat(tenant.hc().post("/customers", "{\"name\":" + deep + "}").json().at("/errors/1/code").asText())
                .isEqualTo("invalid_json");

        Response longNumber = tenant.v1().post("/v1/customers.json", "{\"age\":1" + "0".repeat(120) + "}");
        assertThat(longNumber.status()).isEqualTo(400);
        assertThat(longNumber.json().get("message").asText())
                .isEqualTo("Error parsing request body into JSON: a number longer than 100 characters");
    }

    private String conversation(String mailboxId) {
        return "{\"subject\":\"Hi\",\"type\":\"email\",\"mailboxId\":" + mailboxId + ",\"status\":\"active\","
                + "\"customer\":{\"email\":\"n@limits.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}";
    }

    private RawRequest.Answer post(String path, String authorization, byte[] body) {
        return RawRequest.complete(tenant.server().baseUrl(), "POST", path, Map.of("Authorization", authorization,
                "Content-Type", "application/json"), body);
    }
}
