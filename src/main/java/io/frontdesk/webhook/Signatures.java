package io.frontdesk.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The vendors' delivery signatures, both HMAC-SHA1 of the raw body bytes keyed with the subscription's secret:
 * Help Scout sends it Base64 ({@code X-HelpScout-Signature}; secret {@code asdfasdf}, body {@code {"id":123}} gives
 * {@code 7S2+kN8bZsrdAEADJ+yYfWWsf/4=}), HelpCrunch as lower-case hex ({@code X-HelpCrunch-Signature}).
 */
public final class Signatures {

    private Signatures() {
    }

    /** The signature header's name and value for a body sent to a subscription of {@code dialect}. */
    public static String header(WebhookDialect dialect) {
        return dialect == WebhookDialect.HELPCRUNCH ? "X-HelpCrunch-Signature" : "X-HelpScout-Signature";
    }

    public static String sign(WebhookDialect dialect, String secret, byte[] body) {
        byte[] mac = hmacSha1(secret, body);
        return dialect == WebhookDialect.HELPCRUNCH ? HexFormat.of().formatHex(mac)
                : Base64.getEncoder().encodeToString(mac);
    }

    static byte[] hmacSha1(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
