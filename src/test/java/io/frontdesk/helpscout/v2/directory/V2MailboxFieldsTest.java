package io.frontdesk.helpscout.v2.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
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

import static io.frontdesk.helpscout.v2.directory.Directory.assertNotFound;
import static io.frontdesk.helpscout.v2.directory.Directory.golden;
import static io.frontdesk.helpscout.v2.directory.Directory.ids;
import static io.frontdesk.helpscout.v2.directory.Directory.ok;
import static io.frontdesk.helpscout.v2.directory.Directory.relative;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/mailboxes/{id}/fields`: the custom field definitions of a mailbox. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2MailboxFieldsTest {

    @Parameter
    Backend backend;

    @Test
    void every_type_is_listed_in_order_with_dropdown_options() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        long mailbox = tenant.mailbox().id();
        MailboxFieldService fields = tenant.server().app().mailboxFields();
        fields.create(tenant.accountId(), mailbox, "Notes", FieldType.MULTI_LINE, false, 3, List.of());
        fields.create(tenant.accountId(), mailbox, "Plan", FieldType.DROPDOWN, true, 1, List.of("Trial", "Paid"));
        fields.create(tenant.accountId(), mailbox, "Order number", FieldType.SINGLE_LINE, false, 2, List.of());
        fields.create(tenant.accountId(), mailbox, "Seats", FieldType.NUMBER, false, 4, List.of());
        fields.create(tenant.accountId(), mailbox, "Renewal", FieldType.DATE, false, 5, List.of());

        golden(client.get("/v2/mailboxes/" + mailbox + "/fields"), "mailboxes/fields.json", client,
                "/v2/mailboxes/" + mailbox, "/v2/mailboxes/<id>");
    }

    @Test
    void a_mailbox_without_fields_has_no_embedded_key() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();

        golden(client.get("/v2/mailboxes/" + tenant.mailbox().id() + "/fields"), "mailboxes/fields_empty.json",
                client, "/v2/mailboxes/" + tenant.mailbox().id(), "/v2/mailboxes/<id>");
    }

    @Test
    void fields_are_paged_fifty_at_a_time() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        long mailbox = tenant.mailbox().id();
        List<Long> created = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            MailboxField field = tenant.server().app().mailboxFields().create(tenant.accountId(), mailbox,
                    "Field " + i, FieldType.SINGLE_LINE, false, i, List.of());
            created.add(field.id());
        }

        JsonNode first = ok(client.get("/v2/mailboxes/" + mailbox + "/fields"));
        assertThat(first.at("/page/totalElements").asInt()).isEqualTo(51);
        assertThat(first.at("/page/totalPages").asInt()).isEqualTo(2);
        assertThat(ids(first, "fields")).isEqualTo(created.subList(0, 50));
        JsonNode second = ok(client.get(relative(client, first.at("/_links/next/href").asText())));
        assertThat(ids(second, "fields")).isEqualTo(created.subList(50, 51));
    }

    @Test
    void unknown_and_other_accounts_mailboxes_are_404() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        alice.server().app().mailboxFields().create(alice.accountId(), alice.mailbox().id(), "Plan",
                FieldType.DROPDOWN, false, 1, List.of("Trial"));

        assertNotFound(bob.v2().get("/v2/mailboxes/" + alice.mailbox().id() + "/fields"));
        assertNotFound(bob.v2().get("/v2/mailboxes/999999999/fields"));
        assertThat(ok(bob.v2().get("/v2/mailboxes/" + bob.mailbox().id() + "/fields")).at("/_embedded/fields")
                .toString()).isEqualTo("[]");
    }
}
