package io.frontdesk.ratelimit;

import io.frontdesk.core.Change;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each account's settings survive in the database, partial changes keep the rest, and tenants do not share them. */
@ParameterizedClass
@EnumSource(Backend.class)
class RateLimitSettingsStorageTest {

    @Parameter
    Backend backend;

    @Test
    void an_account_without_settings_of_its_own_has_none() {
        Tenant tenant = backend.tenant();

        assertThat(service().settings(tenant.accountId())).isEqualTo(RateLimitSettings.NONE);
    }

    @Test
    void mode_and_limits_are_stored_and_a_later_change_keeps_what_it_does_not_name() {
        Tenant tenant = backend.tenant();
        service().change(tenant.accountId(), Limits.mode(RateLimitMode.REPORT)
                .withLimit(RateWindow.HELPSCOUT_V2, 40).withLimit(RateWindow.HELPSCOUT_V1_BURST, 3));

        RateLimitSettings after = service().change(tenant.accountId(),
                RateLimitChange.none().withLimit(RateWindow.HELPCRUNCH, 9)
                        .withLimit(RateWindow.HELPSCOUT_V2, Change.clear()));

        RateLimitSettings stored = service().settings(tenant.accountId());
        assertThat(stored).isEqualTo(after);
        assertThat(stored.mode()).isEqualTo(Optional.of(RateLimitMode.REPORT));
        assertThat(stored.limits()).isEqualTo(Map.of(RateWindow.HELPSCOUT_V1_BURST, 3, RateWindow.HELPCRUNCH, 9));
    }

    @Test
    void settings_belong_to_one_account() {
        Tenant first = backend.tenant();
        Tenant second = backend.tenant();

        service().change(first.accountId(), Limits.enforce().withLimit(RateWindow.HELPSCOUT_V1, 11));

        assertThat(service().settings(second.accountId())).isEqualTo(RateLimitSettings.NONE);
    }

    @Test
    void an_unknown_account_is_not_found_and_nothing_is_stored() {
        assertThatThrownBy(() -> service().change(987_654_321L, Limits.enforce()))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    private RateLimitService service() {
        return backend.server().app().rateLimits();
    }
}
