package io.frontdesk.junit;

import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default isolation, on each database: every test has an account of its own, made before it and deleted after
 * it, and what a test does to the shared clock and fault rules is undone. The tests run in order, so the later ones
 * look at what the earlier ones left behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ThrowawayAccountContract {

    /** What the first test leaves for the second, per concrete class. */
    private static final Map<Class<?>, SandboxAccount> EARLIER = new ConcurrentHashMap<>();

    private SandboxAccount beforeEachAccount;
    private FrontdeskSandbox beforeEachSandbox;

    @BeforeEach
    void remember(SandboxAccount account, FrontdeskSandbox sandbox) {
        beforeEachAccount = account;
        beforeEachSandbox = sandbox;
    }

    @Test
    @Order(1)
    void a_test_has_an_account_of_its_own_with_a_credential_of_each_dialect(SandboxAccount account,
                                                                            FrontdeskSandbox sandbox,
                                                                            AdminClient admin) {
        assertThat(account).isSameAs(beforeEachAccount);
        assertThat(sandbox).isSameAs(beforeEachSandbox);
        assertThat(admin).isSameAs(sandbox.admin());
        assertThat(sandbox.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(sandbox.firstAccount()).get().extracting(SandboxAccount::apiKey).isEqualTo("sandbox-api-key-v1");
        assertThat(account.id()).isNotEqualTo(sandbox.firstAccount().orElseThrow().id());

        Client v1 = new Client(sandbox.baseUrl().toString(), Map.of("Authorization",
                account.helpscoutV1Authorization()));
        Response made = v1.post("/v1/customers.json", "{\"firstName\":\"Only\",\"lastName\":\"Mine\","
                + "\"emails\":[{\"value\":\"only@mine.test\",\"location\":\"work\"}]}");
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        assertThat(v1.get("/v1/mailboxes.json").json().at("/items/0/id").asLong()).isEqualTo(account.mailboxId());
        Client helpcrunch = new Client(sandbox.helpcrunchUrl().toString(), Map.of("Authorization",
                account.helpcrunchAuthorization()));
        assertThat(helpcrunch.get("/customers").json().get("total").asInt()).isEqualTo(1);
        Response token = new Client(sandbox.baseUrl().toString(), Map.of()).send("POST", "/v2/oauth2/token",
                "grant_type=client_credentials&client_id=" + account.clientId() + "&client_secret="
                        + account.clientSecret(), "application/x-www-form-urlencoded");
        assertThat(token.status()).as("%s", token).isEqualTo(200);

        admin.advanceClock(Duration.ofDays(400));
        admin.addFault(Fault.status(503).withPath("/v1/*"));
        EARLIER.put(getClass(), account);
    }

    @Test
    @Order(2)
    void the_next_test_sees_nothing_of_it_and_its_account_is_gone(SandboxAccount account, FrontdeskSandbox sandbox,
                                                                  AdminClient admin) {
        SandboxAccount earlier = EARLIER.get(getClass());
        assertThat(earlier).as("the first test ran").isNotNull();
        assertThat(account.id()).isNotEqualTo(earlier.id());

        Client mine = new Client(sandbox.baseUrl().toString(), Map.of("Authorization",
                account.helpscoutV1Authorization()));
        Response customers = mine.get("/v1/customers.json");
        assertThat(customers.status()).as("the fault rule was removed: %s", customers).isEqualTo(200);
        assertThat(customers.json().get("count").asInt()).isZero();
        Client theirs = new Client(sandbox.baseUrl().toString(), Map.of("Authorization",
                earlier.helpscoutV1Authorization()));
        assertThat(theirs.get("/v1/customers.json").status()).as("deleted with its account").isEqualTo(401);

        ClockReading clock = admin.clock();
        assertThat(clock.frozen()).isFalse();
        assertThat(clock.now()).as("put back, not 400 days on").isBefore(Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    @Order(3)
    void a_list_of_accounts_without_fixtures_is_the_test_account(SandboxAccount account, List<SandboxAccount> all) {
        assertThat(all).containsExactly(account);
    }
}
