package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.createVernon;
import static io.frontdesk.helpscout.v2.V2Support.customer;
import static org.assertj.core.api.Assertions.assertThat;

/** One account never sees nor touches another's customers, entries, addresses or property values. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2TenantIsolationTest {

    @Parameter
    Backend backend;

    @Test
    void another_account_gets_404_for_everything_of_a_customer() {
        Tenant a = backend.tenant();
        Tenant b = backend.tenant();
        Client alice = a.v2();
        Client bob = b.v2();
        long id = createVernon(alice);
        JsonNode before = customer(alice, id);
        long email = before.at("/_embedded/emails/0/id").asLong();
        String customer = "/v2/customers/" + id;

        assertNotFound(bob.get(customer));
        assertNotFound(bob.put(customer, "{\"firstName\":\"Mallory\"}"));
        assertNotFound(bob.patch(customer, "[{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"Mallory\"}]"));
        assertNotFound(bob.delete(customer));
        assertNotFound(bob.delete(customer + "?async=true"));
        assertNotFound(bob.get(customer + "/emails"));
        assertNotFound(bob.get(customer + "/emails/" + email));
        assertNotFound(bob.post(customer + "/emails", "{\"value\":\"mallory@x.example\"}"));
        assertNotFound(bob.put(customer + "/emails/" + email, "{\"value\":\"mallory@x.example\"}"));
        assertNotFound(bob.delete(customer + "/emails/" + email));
        assertNotFound(bob.get(customer + "/address"));
        assertNotFound(bob.post(customer + "/address", "{\"city\":\"Nowhere\"}"));
        assertNotFound(bob.put(customer + "/address", "{\"city\":\"Nowhere\"}"));
        assertNotFound(bob.delete(customer + "/address"));
        assertNotFound(bob.patch(customer + "/properties", "[{\"op\":\"remove\",\"path\":\"/car\"}]"));

        assertThat(bob.get("/v2/customers").json().at("/_embedded/customers").toString()).isEqualTo("[]");
        assertThat(bob.get("/v2/customer-properties").json().at("/_embedded/customer-properties").toString())
                .isEqualTo("[]");
        assertThat(bob.get("/v2/customers?mailbox=" + a.mailbox().id()).json().at("/_embedded/customers").toString())
                .isEqualTo("[]");
        assertThat(customer(alice, id)).isEqualTo(before);
    }

    @Test
    void the_same_email_may_live_in_two_accounts() {
        Client alice = backend.tenant().v2();
        Client bob = backend.tenant().v2();
        create(alice, "{\"emails\":[{\"value\":\"shared@x.example\"}]}");
        create(bob, "{\"emails\":[{\"value\":\"shared@x.example\"}]}");
        assertThat(bob.get("/v2/customers").json().at("/page/totalElements").asInt()).isEqualTo(1);
    }
}
