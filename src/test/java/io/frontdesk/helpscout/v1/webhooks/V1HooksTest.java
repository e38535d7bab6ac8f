package io.frontdesk.helpscout.v1.webhooks;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.webhook.Subscription;
import io.frontdesk.webhook.WebhookDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `POST /v1/hooks.json`: one hook per account, each POST replacing the one before; 1.0 error bodies. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1HooksTest {

    static final String URL = "https://93.184.216.34/hooks";

    @Parameter
    Backend backend;

    @Test
    void post_answers_201_with_a_location_and_an_empty_body() {
        Tenant tenant = backend.tenant();
        Client v1 = tenant.v1();

        Response created = v1.post("/v1/hooks.json", "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\","
                + "\"customer.created\"],\"secret\":\"mZ9XbGHodX\"}");

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        long id = created.locationId();
        assertThat(created.header("Location")).isEqualTo(v1.base() + "/v1/hooks/" + id + ".json");
        Subscription hook = hooks(tenant).get(0);
        assertThat(hook.id()).isEqualTo(id);
        assertThat(hook.url()).isEqualTo(URL);
        assertThat(hook.events()).containsExactly("convo.created", "customer.created");
        assertThat(hook.secret()).isEqualTo("mZ9XbGHodX");
    }

    @Test
    void a_second_post_replaces_the_accounts_hook() {
        Tenant tenant = backend.tenant();
        Client v1 = tenant.v1();
        long first = v1.post("/v1/hooks.json", "{\"url\":\"" + URL + "/1\",\"events\":[\"convo.created\"],"
                + "\"secret\":\"one\"}").locationId();

        Response second = v1.post("/v1/hooks.json", "{\"url\":\"" + URL + "/2\",\"events\":[\"convo.status\"],"
                + "\"secret\":\"two\"}");

        assertThat(second.status()).isEqualTo(201);
        List<Subscription> hooks = hooks(tenant);
        assertThat(hooks).hasSize(1);
        assertThat(hooks.get(0).id()).isEqualTo(second.locationId()).isNotEqualTo(first);
        assertThat(hooks.get(0).url()).isEqualTo(URL + "/2");
    }

    @Test
    void a_bad_hook_is_refused_in_the_1_0_error_body_and_leaves_the_old_one() {
        Tenant tenant = backend.tenant();
        Client v1 = tenant.v1();
        v1.post("/v1/hooks.json", "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\"],\"secret\":\"one\"}");

        // convo.custom-fields is a 2.0 event only
        Response refused = v1.post("/v1/hooks.json", "{\"url\":\"http://127.0.0.1/x\","
                + "\"events\":[\"convo.custom-fields\"],\"secret\":\"" + "x".repeat(41) + "\"}");

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        Golden.assertMatches(refused, "helpscout-v1/hooks/invalid.json", v1.base());
        assertThat(hooks(tenant)).singleElement().satisfies(h -> assertThat(h.secret()).isEqualTo("one"));
    }

    private static List<Subscription> hooks(Tenant tenant) {
        return tenant.server().app().webhooks().list(tenant.accountId()).stream()
                .filter(s -> s.dialect() == WebhookDialect.HELPSCOUT_V1).toList();
    }
}
