package io.frontdesk.helpscout.v2;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.frontdesk.helpscout.v2.V2OrganizationTest.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers linking an organization while it is deleted: each link either lands before the delete (and is undone by
 * it) or is refused as a 400 after it; no customer is ever left pointing at a deleted organization, nothing is a 5xx.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V2OrganizationConcurrencyTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    @Test
    void links_racing_a_delete_leave_no_customer_linked_to_a_deleted_organization() throws Exception {
        long organization = organization(client, "{\"name\":\"Doomed\"}");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        List<Response> creates = new ArrayList<>();
        Response deleted;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return client.post("/v2/customers", "{\"firstName\":\"Racer " + index + "\",\"organizationId\":"
                            + organization + "}");
                }));
            }
            Future<Response> delete = pool.submit(() -> {
                start.await();
                return client.delete("/v2/organizations/" + organization);
            });
            start.countDown();
            for (Future<Response> future : futures) {
                creates.add(future.get(60, TimeUnit.SECONDS));
            }
            deleted = delete.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        for (Response response : creates) {
            assertThat(response.status()).as(response.toString()).isIn(201, 400);
            if (response.status() == 201) {
                long id = Long.parseLong(response.header("Resource-ID"));
                assertThat(V2Support.customer(client, id).get("organizationId").isNull()).as("customer %d", id)
                        .isTrue();
            } else {
                V2Support.assertError(response, 400, "organizationId", null);
            }
        }
        long linked = tenant.server().app().database().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM customers WHERE account_id = :account AND organization_id IS NOT NULL")
                .bind("account", tenant.accountId()).mapTo(Long.class).one());
        assertThat(linked).isZero();
    }
}
