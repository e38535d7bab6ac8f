package io.frontdesk.platform;

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

import static org.assertj.core.api.Assertions.assertThat;

/** HelpCrunch: `Authorization: Bearer <api key>`; anything else is the documented 401 body. */
@ParameterizedClass
@EnumSource(Backend.class)
class HelpCrunchAuthTest {

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    @Test
    void valid_key_is_accepted() {
        assertThat(tenant.hc().get("/agents").status()).isEqualTo(200);
    }

    @Test
    void missing_key_is_401_with_the_helpcrunch_body() {
        assertUnauthorized(tenant.hc().withoutAuth().get("/agents"));
    }

    @Test
    void wrong_key_is_401_with_the_helpcrunch_body() {
        assertUnauthorized(withAuthorization("Bearer not-a-key-we-issued").get("/agents"));
    }

    @Test
    void key_wrapped_in_the_docs_angle_brackets_is_401_with_the_helpcrunch_body() {
        assertUnauthorized(withAuthorization("Bearer <" + tenant.helpcrunchKey().secret() + ">").get("/agents"));
    }

    @Test
    void key_without_the_bearer_scheme_is_401() {
        assertUnauthorized(withAuthorization(tenant.helpcrunchKey().secret()).get("/agents"));
    }

    @Test
    void help_scout_api_key_is_not_a_helpcrunch_key() {
        assertUnauthorized(withAuthorization("Bearer " + tenant.apiKey().secret()).get("/agents"));
    }

    @Test
    void revoked_key_is_401_with_the_helpcrunch_body() {
        backend.server().app().accounts().revokeCredential(tenant.accountId(),
                tenant.helpcrunchKey().credential().id());

        assertUnauthorized(tenant.hc().get("/agents"));
    }

    private Client withAuthorization(String value) {
        return tenant.hc().withHeader("Authorization", value);
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        Golden.assertMatches(response, "helpcrunch/errors/unauthorized.json", "");
    }
}
