package io.frontdesk.helpscout.v1.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxFieldService;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.frontdesk.helpscout.v1.directory.V1Directory.assertNotFound;
import static io.frontdesk.helpscout.v1.directory.V1Directory.counts;
import static io.frontdesk.helpscout.v1.directory.V1Directory.golden;
import static io.frontdesk.helpscout.v1.directory.V1Directory.ids;
import static io.frontdesk.helpscout.v1.directory.V1Directory.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v1/mailboxes.json` and `GET /v1/mailboxes/{id}.json`, custom fields included. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1MailboxesTest {

    @Parameter
    Backend backend;

    @Test
    void list_is_a_collection_envelope_of_mailboxes_with_their_custom_fields() {
        Tenant tenant = backend.tenant();
        tenant.server().app().mailboxFields().create(tenant.accountId(), tenant.mailbox().id(), "Plan",
                FieldType.DROPDOWN, true, 1, List.of("Trial", "Paid"));

        golden(tenant.v1().get("/v1/mailboxes.json"), "mailboxes/list.json");
    }

    @Test
    void one_mailbox_carries_every_kind_of_custom_field() {
        Tenant tenant = backend.tenant();
        long mailbox = tenant.mailbox().id();
        MailboxFieldService fields = tenant.server().app().mailboxFields();
        fields.create(tenant.accountId(), mailbox, "Plan", FieldType.DROPDOWN, true, 1, List.of("Trial", "Paid"));
        fields.create(tenant.accountId(), mailbox, "Order number", FieldType.SINGLE_LINE, false, 2, List.of());
        fields.create(tenant.accountId(), mailbox, "Notes", FieldType.MULTI_LINE, false, 3, List.of());
        fields.create(tenant.accountId(), mailbox, "Seats", FieldType.NUMBER, false, 4, List.of());
        fields.create(tenant.accountId(), mailbox, "Renewal", FieldType.DATE, false, 5, List.of());

        golden(tenant.v1().get("/v1/mailboxes/" + mailbox + ".json"), "mailboxes/one.json");
        JsonNode item = ok(tenant.v1().get("/v1/mailboxes/" + mailbox + ".json")).get("item");
        assertThat(item.get("id").asLong()).isEqualTo(mailbox);
        assertThat(item.get("slug").asText()).isEqualTo(tenant.mailbox().slug());
    }

    @Test
    void unknown_and_other_accounts_mailboxes_are_404() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        Client client = bob.v1();

        assertNotFound(client.get("/v1/mailboxes/" + alice.mailbox().id() + ".json"));
        assertNotFound(client.get("/v1/mailboxes/999999999.json"));
        assertThat(ids(ok(client.get("/v1/mailboxes.json")))).containsExactly(bob.mailbox().id());
    }

    @Test
    void fifty_a_page() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v1();
        List<Long> all = new ArrayList<>(List.of(tenant.mailbox().id()));
        for (int i = 1; i <= 51; i++) {
            all.add(tenant.server().app().mailboxes().create(tenant.accountId(), "Box " + i,
                    "box" + i + "@paging.test").id());
        }

        JsonNode first = ok(client.get("/v1/mailboxes.json?page=null"));
        assertThat(counts(first)).isEqualTo("1/2/52");
        assertThat(ids(first)).isEqualTo(all.subList(0, 50));
        JsonNode second = ok(client.get("/v1/mailboxes.json?page=2"));
        assertThat(counts(second)).isEqualTo("2/2/52");
        assertThat(ids(second)).isEqualTo(all.subList(50, 52));
        assertThat(second.at("/items/1/customFields").isArray()).isTrue();
        assertThat(ok(client.get("/v1/mailboxes.json?page=3")).get("items")).isEmpty();
        assertThat(client.get("/v1/mailboxes.json?page=0").status()).isEqualTo(400);
    }
}
