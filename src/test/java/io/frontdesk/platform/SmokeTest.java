package io.frontdesk.platform;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(Backend.class)
class SmokeTest {

    @Parameter
    Backend backend;

    @Test
    void each_dialect_answers_its_users_me() {
        Tenant tenant = backend.tenant();
        assertThat(tenant.v2().get("/v2/users/me").json().get("email").asText()).isEqualTo(tenant.owner().email());
        assertThat(tenant.v1().get("/v1/users/me.json").json().at("/item/id").asLong()).isEqualTo(tenant.owner().id());
        assertThat(tenant.hc().get("/agents").status()).isEqualTo(200);
    }
}
