package io.frontdesk.junit;

import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.RepeatedTest;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Isolation#RESET} on each database: before every test the store is emptied and first start runs again, so
 * every test gets first start's published credentials and the same ids, whatever the test before it did.
 */
abstract class ResetContract {

    @RepeatedTest(2)
    void every_test_starts_from_first_start_with_the_same_ids(SandboxAccount account, FrontdeskSandbox sandbox,
                                                               AdminClient admin) {
        assertThat(account.id()).isEqualTo(1);
        assertThat(account.apiKey()).isEqualTo("sandbox-api-key-v1");
        assertThat(account.helpcrunchKey()).isEqualTo("sandbox-helpcrunch-key");
        assertThat(account.clientId()).isEqualTo("sandbox-client-id");
        assertThat(admin.clock().frozen()).as("the clock was put back").isFalse();

        Client helpcrunch = new Client(sandbox.helpcrunchUrl().toString(), Map.of("Authorization",
                account.helpcrunchAuthorization()));
        Response made = helpcrunch.post("/customers", "{\"name\":\"Named By Id\",\"email\":\"id1@reset.test\"}");
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        assertThat(made.json().get("id").asLong()).as("ids start again").isEqualTo(1);
        assertThat(helpcrunch.get("/customers").json().get("total").asInt()).isEqualTo(1);

        // left for the next repetition to find undone
        admin.setClock(Instant.parse("2030-01-01T00:00:00Z"));
    }
}
