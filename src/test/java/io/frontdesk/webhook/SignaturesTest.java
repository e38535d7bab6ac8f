package io.frontdesk.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The signatures match the vendors' documented algorithms and Help Scout's published test vector. */
class SignaturesTest {

    @Test
    void help_scout_signature_matches_the_published_test_vector() {
        byte[] body = "{\"id\":123}".getBytes(StandardCharsets.UTF_8);

        assertThat(Signatures.sign(WebhookDialect.HELPSCOUT_V2, "asdfasdf", body))
                .isEqualTo("7S2+kN8bZsrdAEADJ+yYfWWsf/4=");
        assertThat(Signatures.sign(WebhookDialect.HELPSCOUT_V1, "asdfasdf", body))
                .isEqualTo("7S2+kN8bZsrdAEADJ+yYfWWsf/4=");
        assertThat(Receiver.helpScoutSignature("asdfasdf", body)).isEqualTo("7S2+kN8bZsrdAEADJ+yYfWWsf/4=");
        assertThat(Signatures.header(WebhookDialect.HELPSCOUT_V2)).isEqualTo("X-HelpScout-Signature");
    }

    @Test
    void helpcrunch_signature_is_the_same_mac_in_lower_case_hex() {
        byte[] body = "{\"id\":123}".getBytes(StandardCharsets.UTF_8);

        // base64 7S2+kN8bZsrdAEADJ+yYfWWsf/4= is these 20 bytes
        assertThat(Signatures.sign(WebhookDialect.HELPCRUNCH, "asdfasdf", body))
                .isEqualTo("ed2dbe90df1b66cadd00400327ec987d65ac7ffe")
                .isEqualTo(Receiver.helpCrunchSignature("asdfasdf", body));
        assertThat(Signatures.header(WebhookDialect.HELPCRUNCH)).isEqualTo("X-HelpCrunch-Signature");
    }
}
