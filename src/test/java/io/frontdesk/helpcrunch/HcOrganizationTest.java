package io.frontdesk.helpcrunch;

import io.frontdesk.channel.ChannelType;
import io.frontdesk.error.ApiException;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `GET /applications` (the account's channels) and `GET /organization` (the account) on both databases. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcOrganizationTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        hc = tenant.hc();
    }

    private void application(String name, String displayName, ChannelType type) {
        tenant.server().app().channels().create(tenant.accountId(), tenant.mailbox().id(), name, displayName, type);
    }

    @Test
    void applications_are_the_accounts_channels_in_a_data_envelope() {
        assertThat(hc.get("/applications").body()).isEqualTo("{\"data\":[]}");
        application("Website", "Chat with us", ChannelType.WIDGET);
        application("iPhone", null, ChannelType.IOS);

        assertGolden(hc.get("/applications"), 200, "applications/list.json");
    }

    @Test
    void another_accounts_applications_are_not_listed() {
        Tenant other = backend.tenant();
        other.server().app().channels().create(other.accountId(), other.mailbox().id(), "Theirs", null,
                ChannelType.ANDROID);

        assertThat(hc.get("/applications").json().get("data")).isEmpty();
        assertThat(other.hc().get("/applications").json().get("data")).hasSize(1);
    }

    @Test
    void an_application_belongs_to_a_mailbox_of_its_own_account() {
        Tenant other = backend.tenant();
        Mailbox theirs = other.mailbox();

        assertThatThrownBy(() -> tenant.server().app().channels().create(tenant.accountId(), theirs.id(), "X", null,
                ChannelType.WIDGET)).isInstanceOf(ApiException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> tenant.server().app().channels().create(tenant.accountId(), tenant.mailbox().id(),
                " ", null, ChannelType.WIDGET)).isInstanceOf(ApiException.class);
        assertThat(hc.get("/applications").json().get("data")).isEmpty();
    }

    @Test
    void the_organization_is_the_account_and_chat_is_enabled_by_an_application() {
        Response before = hc.get("/organization");
        assertThat(before.json().at("/data/chatEnabled").asBoolean()).isFalse();
        assertThat(before.json().at("/data/id").asLong()).isEqualTo(tenant.accountId());

        application("Website", null, ChannelType.WIDGET);

        Response response = hc.get("/organization");
        assertGolden(response, 200, "organization/one.json");
        String name = tenant.server().app().accounts().account(tenant.accountId()).name();
        assertThat(response.json().at("/data/domain").asText()).isEqualTo(HcOrganization.domain(name,
                tenant.accountId()));
    }

    @Test
    void the_domain_is_the_account_name_as_a_slug() {
        assertThat(HcOrganization.domain("Acme, Inc.", 7)).isEqualTo("acme-inc");
        assertThat(HcOrganization.domain("Café Zoë", 7)).isEqualTo("cafe-zoe");
        assertThat(HcOrganization.domain("!!!", 7)).isEqualTo("account-7");
        assertThat(HcOrganization.domain("a".repeat(80), 7)).hasSize(63);
    }
}
