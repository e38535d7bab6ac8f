package io.frontdesk.config;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRangeTest {

    @Test
    void single_addresses_and_cidr_ranges_match_what_they_cover() throws Exception {
        assertThat(contains("127.0.0.1", "127.0.0.1")).isTrue();
        assertThat(contains("127.0.0.1", "127.0.0.2")).isFalse();
        assertThat(contains("10.0.0.0/8", "10.255.1.2")).isTrue();
        assertThat(contains("10.0.0.0/8", "11.0.0.1")).isFalse();
        assertThat(contains("192.168.4.0/22", "192.168.7.255")).isTrue();
        assertThat(contains("192.168.4.0/22", "192.168.8.0")).isFalse();
        assertThat(contains("0.0.0.0/0", "8.8.8.8")).isTrue();
        assertThat(contains("::1", "::1")).isTrue();
        assertThat(contains("fd00::/8", "fd12:3456::1")).isTrue();
        assertThat(contains("fd00::/8", "fe80::1")).isFalse();
        assertThat(contains("10.0.0.0/8", "::1")).isFalse();
    }

    @Test
    void names_and_malformed_ranges_are_refused_without_a_lookup() {
        for (String bad : new String[] {"localhost", "proxy.example.com", "1.2.3.256", "10.0.0.0/33", "10.0.0.0/x",
                "::/129", "", "1.2.3"}) {
            assertThat(AddressRange.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void the_configuration_names_the_key_of_a_bad_range() {
        assertThat(FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), Map.of())).trustedProxies()).isEmpty();
        assertThat(FrontdeskConfig.from(ConfigSources.merge(null, Map.of(),
                Map.of(ConfigKey.TRUSTED_PROXIES, "127.0.0.1, 10.0.0.0/8,::1"))).trustedProxies()).hasSize(3);
        assertThatThrownBy(() -> FrontdeskConfig.from(ConfigSources.merge(null, Map.of(),
                Map.of(ConfigKey.TRUSTED_PROXIES, "127.0.0.1,proxy.internal"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("FRONTDESK_TRUSTED_PROXIES")
                .hasMessageContaining("proxy.internal");
    }

    @Test
    void failure_limits_are_on_by_default() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), Map.of()));

        assertThat(config.authFailureLimits().perAddress()).isEqualTo(30);
        assertThat(config.authFailureLimits().perClient()).isEqualTo(10);
    }

    private static boolean contains(String range, String address) throws Exception {
        return AddressRange.parse(range).orElseThrow().contains(InetAddress.getByName(address).getAddress());
    }
}
