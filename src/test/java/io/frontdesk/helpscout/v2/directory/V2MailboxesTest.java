package io.frontdesk.helpscout.v2.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.Mailbox;
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
import static io.frontdesk.helpscout.v2.directory.Directory.assertQueryError;
import static io.frontdesk.helpscout.v2.directory.Directory.golden;
import static io.frontdesk.helpscout.v2.directory.Directory.ids;
import static io.frontdesk.helpscout.v2.directory.Directory.ok;
import static io.frontdesk.helpscout.v2.directory.Directory.relative;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/mailboxes` and `GET /v2/mailboxes/{id}`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2MailboxesTest {

    @Parameter
    Backend backend;

    @Test
    void list_is_a_hal_page_of_the_accounts_mailboxes() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();

        golden(client.get("/v2/mailboxes"), "mailboxes/list.json", client,
                "/v2/mailboxes/" + tenant.mailbox().id(), "/v2/mailboxes/<id>");
        JsonNode item = ok(client.get("/v2/mailboxes")).at("/_embedded/mailboxes/0");
        assertThat(item.get("id").asLong()).isEqualTo(tenant.mailbox().id());
        assertThat(item.get("slug").asText()).isEqualTo(tenant.mailbox().slug()).matches("[0-9a-f]{16}");
        assertThat(item.get("email").asText()).isEqualTo(tenant.mailbox().email());
    }

    @Test
    void one_mailbox_by_id() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();

        golden(client.get("/v2/mailboxes/" + tenant.mailbox().id()), "mailboxes/one.json", client,
                "/v2/mailboxes/" + tenant.mailbox().id(), "/v2/mailboxes/<id>");
    }

    @Test
    void unknown_and_other_accounts_mailboxes_are_404() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();

        assertNotFound(bob.v2().get("/v2/mailboxes/" + alice.mailbox().id()));
        assertNotFound(bob.v2().get("/v2/mailboxes/999999999"));
        assertNotFound(bob.v2().get("/v2/mailboxes/abc"));
        assertThat(ids(ok(bob.v2().get("/v2/mailboxes")), "mailboxes")).containsExactly(bob.mailbox().id());
    }

    @Test
    void fifty_a_page_and_the_links_lead_through_every_page() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        List<Long> all = new ArrayList<>(List.of(tenant.mailbox().id()));
        for (int i = 1; i <= 51; i++) {
            Mailbox mailbox = tenant.server().app().mailboxes().create(tenant.accountId(), "Box " + i,
                    "box" + i + "@paging.test");
            all.add(mailbox.id());
        }

        JsonNode first = ok(client.get("/v2/mailboxes"));
        assertThat(first.get("page").toString())
                .isEqualTo("{\"size\":50,\"totalElements\":52,\"totalPages\":2,\"number\":1}");
        assertThat(ids(first, "mailboxes")).isEqualTo(all.subList(0, 50));
        assertThat(first.at("/_links/previous").isMissingNode()).isTrue();

        JsonNode second = ok(client.get(relative(client, first.at("/_links/next/href").asText())));
        assertThat(ids(second, "mailboxes")).isEqualTo(all.subList(50, 52));
        assertThat(second.at("/page/number").asInt()).isEqualTo(2);
        assertThat(second.at("/_links/next").isMissingNode()).isTrue();
        assertThat(second.at("/_links/previous/href").asText()).isEqualTo(client.base() + "/v2/mailboxes?page=1");
        assertThat(second.at("/_links/page/href").asText()).isEqualTo(client.base() + "/v2/mailboxes{?page}");

        JsonNode beyond = ok(client.get("/v2/mailboxes?page=3"));
        assertThat(beyond.at("/_embedded/mailboxes").toString()).isEqualTo("[]");
        assertThat(beyond.at("/page/totalElements").asInt()).isEqualTo(52);
    }

    @Test
    void a_page_that_is_not_a_positive_number_is_a_query_error() {
        Client client = backend.tenant().v2();

        assertQueryError(client.get("/v2/mailboxes?page=0"), "page");
        assertQueryError(client.get("/v2/mailboxes?page=two"), "page");
    }
}
