package io.frontdesk.fuzz;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How the headers of a fuzzed request differ from a well-behaved client's: the media type, authentication, odd
 * headers the server reads (forwarded host and scheme build `Location`), and how the body is framed.
 */
enum HeaderVariant {
    NORMAL(34),
    NO_CONTENT_TYPE(4),
    TEXT_PLAIN(3),
    FORM(3),
    MULTIPART(2),
    XML(2),
    JSON_WITH_PARAMETERS(3),
    UPPER_CASE_JSON(2),
    OTHER_JSON(2),
    GARBAGE_CONTENT_TYPE(2),
    ODD_ACCEPT(3),
    GZIP_CLAIMED(2),
    FORWARDED(4),
    NO_AUTH(3),
    BAD_AUTH(3),
    CHUNKED(8),
    SHORT_BODY(2),
    LATIN1_VALUE(2),
    EXPECT_CONTINUE(2),
    HUGE_HEADER(1);

    final int weight;

    HeaderVariant(int weight) {
        this.weight = weight;
    }

    /** Changes the well-behaved headers (which carry `Authorization` and a JSON `Content-Type`). */
    void apply(Map<String, String> headers, Random random) {
        switch (this) {
            case NO_CONTENT_TYPE -> headers.remove("Content-Type");
            case TEXT_PLAIN -> headers.put("Content-Type", "text/plain");
            case FORM -> headers.put("Content-Type", "application/x-www-form-urlencoded");
            case MULTIPART -> headers.put("Content-Type", "multipart/form-data; boundary=fuzz");
            case XML -> headers.put("Content-Type", "application/xml");
            case JSON_WITH_PARAMETERS -> headers.put("Content-Type", Edges.pick(random, List.of(
                    "application/json; charset=ISO-8859-1", "application/json;charset=utf-16",
                    "application/json; q=0.5; boundary=\"x\"", "application/json;")));
            case UPPER_CASE_JSON -> headers.put("Content-Type", "APPLICATION/JSON");
            case OTHER_JSON -> headers.put("Content-Type", Edges.pick(random, List.of(
                    "application/merge-patch+json", "application/json-patch+json", "application/vnd.api+json")));
            case GARBAGE_CONTENT_TYPE -> headers.put("Content-Type", Edges.pick(random, List.of(
                    ";;=", "/", "application/", "*/*", "json", "application/json, text/plain", " ")));
            case ODD_ACCEPT -> {
                headers.put("Accept", Edges.pick(random, List.of("text/html", "application/xml", "*/*;q=0",
                        "image/png")));
                headers.put("Accept-Encoding", "gzip, deflate, br");
                headers.put("Accept-Charset", "ebcdic");
            }
            case GZIP_CLAIMED -> headers.put("Content-Encoding", Edges.pick(random, List.of("gzip", "deflate",
                    "br", "identity, gzip")));
            case FORWARDED -> {
                headers.put("X-Forwarded-Host", Edges.pick(random, Edges.HOSTS));
                headers.put("X-Forwarded-Proto", Edges.pick(random, List.of("https", "javascript", "", "http,https",
                        "a b")));
            }
            case NO_AUTH -> headers.remove("Authorization");
            case BAD_AUTH -> headers.put("Authorization", Edges.pick(random, List.of("Bearer", "Bearer ",
                    "Bearer " + "x".repeat(3000), "Basic !!!", "Basic " + Base64.getEncoder().encodeToString(
                            "nobody:x".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "Digest x", "Bearer a b")));
            case LATIN1_VALUE -> headers.put("X-Fuzz", "caf\u00e9 \u00ff\u00fe");
            case EXPECT_CONTINUE -> headers.put("Expect", "100-continue");
            case HUGE_HEADER -> headers.put("X-Fuzz", "h".repeat(9_000 + random.nextInt(4_000)));
            default -> {
                // NORMAL, CHUNKED and SHORT_BODY keep the headers; the framing differs
            }
        }
    }

    RawHttp.Framing framing() {
        return switch (this) {
            case CHUNKED -> RawHttp.Framing.CHUNKED;
            case SHORT_BODY -> RawHttp.Framing.SHORT;
            default -> RawHttp.Framing.LENGTH;
        };
    }
}
