package io.frontdesk.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which URLs and addresses a tenant's webhook may reach. */
class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.1.1", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::",
            "fc00::1", "fd00:ec2::254", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::127.0.0.1"})
    void private_loopback_link_local_metadata_and_multicast_addresses_are_refused(String address) throws Exception {
        assertThat(AddressPolicy.refused(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
    void public_addresses_are_allowed(String address) throws Exception {
        assertThat(AddressPolicy.refused(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void a_host_is_refused_when_any_of_its_addresses_is_private_unless_private_targets_are_allowed()
            throws Exception {
        AddressPolicy.Resolver mixed = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("10.0.0.5")};
        URI uri = AddressPolicy.parse("https://hooks.example.com/x");

        assertThatThrownBy(() -> new AddressPolicy(false, mixed).addresses(uri))
                .isInstanceOf(AddressPolicy.Refused.class).hasMessageContaining("10.0.0.5");
        assertThat(new AddressPolicy(true, mixed).addresses(uri)).hasSize(2);
    }

    @Test
    void a_host_that_does_not_resolve_is_refused_with_its_name() {
        AddressPolicy.Resolver none = host -> {
            throw new UnknownHostException(host);
        };

        assertThatThrownBy(() -> new AddressPolicy(true, none).addresses(URI.create("https://nowhere.invalid/")))
                .isInstanceOf(AddressPolicy.Refused.class).hasMessage("host nowhere.invalid does not resolve");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "example.com/x",
            "https://user:pw@example.com/", "https://example.com/#frag", "http:///x", " "})
    void only_plain_http_and_https_urls_with_a_host_are_accepted(String url) {
        assertThatThrownBy(() -> AddressPolicy.parse(url)).isInstanceOf(AddressPolicy.Refused.class);
    }

    @Test
    void urls_are_at_most_2048_characters() throws Exception {
        String base = "https://example.com/";
        assertThat(AddressPolicy.parse(base + "a".repeat(2048 - base.length()))).isNotNull();
        assertThatThrownBy(() -> AddressPolicy.parse(base + "a".repeat(2049 - base.length())))
                .isInstanceOf(AddressPolicy.Refused.class);
    }
}
