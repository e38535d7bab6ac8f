package io.frontdesk.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The error formats a fuzzed request may be answered in, with the checks that an error body is well-formed in it.
 * Each check answers the problems found (empty when the body is right), so a failure names every one of them.
 */
enum Wire {

    /** `/v2/…`: vnd.error with `logRef`, `message` and `_embedded.errors`, as exactly `application/vnd.error+json`. */
    HELPSCOUT_V2 {
        @Override
        void check(int status, String contentType, JsonNode body, List<String> problems) {
            expect(problems, "application/vnd.error+json".equals(contentType), "content type " + contentType);
            expect(problems, body.path("logRef").isTextual(), "no textual logRef");
            expect(problems, body.path("message").isTextual(), "no textual message");
            JsonNode errors = body.path("_embedded").path("errors");
            expect(problems, errors.isArray(), "no _embedded.errors array");
            for (JsonNode error : errors) {
                expect(problems, error.path("path").isTextual() && error.path("message").isTextual(),
                        "error without path and message: " + error);
            }
        }
    },

    /**
     * `POST /v2/oauth2/token`: OAuth 2.0's `{error, error_description}` for what the grant itself refuses; refusals
     * made before the handler runs (body size, media type) are vnd.error like the rest of 2.0.
     */
    OAUTH_TOKEN {
        @Override
        void check(int status, String contentType, JsonNode body, List<String> problems) {
            if (body.has("logRef")) {
                HELPSCOUT_V2.check(status, contentType, body, problems);
                return;
            }
            expect(problems, contentType != null && contentType.startsWith("application/json"),
                    "content type " + contentType);
            expect(problems, body.path("error").isTextual(), "no textual error");
            expect(problems, body.path("error_description").isTextual(), "no textual error_description");
        }
    },

    /** `/v1/…`: `{status, message}`, or for validation `{code, error, validationErrors}`. */
    HELPSCOUT_V1 {
        @Override
        void check(int status, String contentType, JsonNode body, List<String> problems) {
            expect(problems, contentType != null && contentType.startsWith("application/json"),
                    "content type " + contentType);
            if (body.has("validationErrors")) {
                expect(problems, body.path("code").asInt() == status, "code is not the status");
                expect(problems, body.path("error").isTextual(), "no textual error");
                expect(problems, body.get("validationErrors").isArray(), "validationErrors is not an array");
                for (JsonNode error : body.get("validationErrors")) {
                    expect(problems, error.path("property").isTextual() && error.path("message").isTextual()
                            && error.has("value"), "validation error without property, value and message: " + error);
                }
            } else {
                expect(problems, body.path("status").asInt() == status, "status member is not the status");
                expect(problems, body.path("message").isTextual(), "no textual message");
            }
        }
    },

    /** The HelpCrunch prefix: `{"errors":[{"code":"invalid_request","message":"Invalid request"}, …]}`. */
    HELPCRUNCH {
        @Override
        void check(int status, String contentType, JsonNode body, List<String> problems) {
            expect(problems, contentType != null && contentType.startsWith("application/json"),
                    "content type " + contentType);
            JsonNode errors = body.path("errors");
            expect(problems, errors.isArray() && !errors.isEmpty(), "no errors array");
            expect(problems, "invalid_request".equals(errors.path(0).path("code").asText()),
                    "first error is not invalid_request");
            for (JsonNode error : errors) {
                expect(problems, error.path("code").isTextual() && error.path("message").isTextual(),
                        "error without code and message: " + error);
            }
        }
    };

    /** What a stack trace or an exception's class name looks like: neither may reach a client. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\bat [a-z]+(\\.[\\w$]+)+\\(|[A-Z]\\w*Exception\\b|\\bio\\.frontdesk\\.|\\bjava\\.[a-z]");

    abstract void check(int status, String contentType, JsonNode body, List<String> problems);

    /** Everything wrong with an error response (status of 400 or more) in this format; empty when it is right. */
    List<String> problems(RawHttp.Response response) {
        List<String> problems = new ArrayList<>();
        String text = response.text();
        if (INTERNALS.matcher(text).find()) {
            problems.add("the body shows server internals");
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            problems.add("the body is not JSON");
            return problems;
        }
        if (body == null || !body.isObject()) {
            problems.add("the body is not a JSON object");
            return problems;
        }
        check(response.status(), response.header("Content-Type"), body, problems);
        return problems;
    }

    private static void expect(List<String> problems, boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
