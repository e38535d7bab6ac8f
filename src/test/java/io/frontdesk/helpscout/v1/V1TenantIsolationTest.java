package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One account never sees or changes another's customers through 1.0. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1TenantIsolationTest {

    @Parameter
    Backend backend;

    @Test
    void another_account_gets_404_and_changes_nothing() {
        V1CustomerApi a = new V1CustomerApi(backend.tenant());
        V1CustomerApi b = new V1CustomerApi(backend.tenant());
        long id = a.create(V1Seeds.createCorrected());
        JsonNode before = a.item(id);
        long email = before.at("/emails/0/id").asLong();

        Response read = b.client().get(V1CustomerApi.path(id));
        Response write = b.update(id, "{\"firstName\": \"Mallory\", \"emails\": [{\"id\": " + -email + "}]}");

        assertThat(read.status()).isEqualTo(404);
        Golden.assertMatches(read, "helpscout-v1/customers/not_found.json", "");
        assertThat(write.status()).isEqualTo(404);
        Golden.assertMatches(write, "helpscout-v1/customers/not_found.json", "");
        assertThat(a.item(id)).isEqualTo(before);
        assertThat(b.list("").get("count").asInt()).isZero();
        assertThat(b.list("?email=vbear@mywork.com").get("count").asInt()).isZero();
    }

    @Test
    void an_email_is_unique_per_account_only() {
        V1CustomerApi a = new V1CustomerApi(backend.tenant());
        V1CustomerApi b = new V1CustomerApi(backend.tenant());
        long inA = a.create(V1Seeds.createCorrected());

        long inB = b.create(V1Seeds.createCorrected());

        assertThat(inB).isNotEqualTo(inA);
        assertThat(a.list("").get("count").asInt()).isOne();
        assertThat(b.list("").get("count").asInt()).isOne();
    }
}
