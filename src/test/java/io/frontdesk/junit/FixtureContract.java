package io.frontdesk.junit;

import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link FrontdeskFixture} on each database: the class's pack is loaded before every test (its explicit ids again,
 * since the accounts of the test before were deleted), a method's pack after it, and the test's account is the
 * first pack's first account.
 */
@FrontdeskFixture("junit/shop.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FixtureContract {

    @Test
    @Order(1)
    void the_test_account_is_the_packs_with_its_explicit_ids_and_credentials(SandboxAccount account,
                                                                            FrontdeskSandbox sandbox) {
        assertThat(account.id()).isEqualTo(7000);
        assertThat(account.mailboxId()).isEqualTo(7100);
        assertThat(account.apiKey()).isEqualTo("shop-api-key-v1-000001");

        Client v1 = new Client(sandbox.baseUrl().toString(), Map.of("Authorization",
                account.helpscoutV1Authorization()));
        Response carla = v1.get("/v1/customers/7200.json");
        assertThat(carla.status()).as("%s", carla).isEqualTo(200);
        assertThat(carla.json().at("/item/firstName").asText()).isEqualTo("Carla");

        Response deleted = helpcrunch(sandbox, account).delete("/customers/7200");
        assertThat(deleted.status()).as("%s", deleted).isLessThan(300);
    }

    @Test
    @Order(2)
    @FrontdeskFixture("junit/partner.yaml")
    void a_method_pack_comes_after_the_class_pack_and_the_class_pack_is_whole_again(
            SandboxAccount account, List<SandboxAccount> all, FrontdeskSandbox sandbox) {
        assertThat(all).extracting(SandboxAccount::id).containsExactly(7000L, 7500L);
        assertThat(account).isEqualTo(all.get(0));
        assertThat(helpcrunch(sandbox, account).get("/customers/7200").status()).as("loaded again").isEqualTo(200);

        SandboxAccount partner = all.get(1);
        assertThat(partner.helpcrunchKey()).as("generated").isNotBlank();
        Response partners = helpcrunch(sandbox, partner).get("/customers");
        assertThat(partners.status()).as("%s", partners).isEqualTo(200);
        assertThat(partners.json().get("total").asInt()).as("isolated from the shop").isZero();
    }

    @Test
    @Order(3)
    void a_pack_loaded_by_a_test_is_deleted_after_it(FrontdeskSandbox sandbox, AdminClient admin) {
        AdminException gone = catchThrowableOfType(AdminException.class,
                () -> admin.deleteAccount(7500));
        assertThat(gone.status()).isEqualTo(404);
    }

    private static Client helpcrunch(FrontdeskSandbox sandbox, SandboxAccount account) {
        return new Client(sandbox.helpcrunchUrl().toString(), Map.of("Authorization",
                account.helpcrunchAuthorization()));
    }
}
