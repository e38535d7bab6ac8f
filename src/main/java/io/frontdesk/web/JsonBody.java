package io.frontdesk.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Locale;

/**
 * Reads a request body as JSON, refusing other media types (415), bodies over the route's {@link BodyLimit} (413),
 * unparseable text including invalid UTF-8 (400) and values the server cannot store faithfully (400, see
 * {@link StorableValues}).
 */
public final class JsonBody {

    private JsonBody() {
    }

    /** The parsed body; an empty body is a JSON null, so callers decide whether it is required. */
    public static JsonNode read(Context ctx) {
        requireJsonContentType(ctx);
        try {
            // Javalin checks maxRequestSize only in its own body readers, not on the raw stream: the route's limit
            // caps the read here.
            byte[] bytes = BodyLimit.read(ctx);
            if (isBlank(bytes)) {
                return com.fasterxml.jackson.databind.node.NullNode.getInstance();
            }
            int invalid = Utf8.firstInvalid(bytes);
            if (invalid >= 0) {
                throw new ApiException(ErrorKind.MALFORMED_BODY, "Error parsing request body into JSON: invalid UTF-8"
                        + " at byte " + invalid + " (JSON must be UTF-8)");
            }
            JsonNode body = Json.MAPPER.readTree(bytes);
            StorableValues.check(body);
            return body;
        } catch (JacksonException e) {
            throw new ApiException(ErrorKind.MALFORMED_BODY, "Error parsing request body into JSON: "
                    + JsonProblems.describe(e));
        } catch (IOException e) {
            throw new ApiException(ErrorKind.MALFORMED_BODY, "Error reading request body");
        }
    }

    /**
     * Clients send `application/json`, `application/json;charset=UTF-8`, and some HelpCrunch integrations send no
     * Content-Type at all; anything else that carries a body is refused.
     */
    static void requireJsonContentType(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || type.isBlank()) {
            return;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (media.equals("application/json") || media.endsWith("+json")) {
            return;
        }
        throw new ApiException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "Content type '" + media
                + "' is not supported; send application/json");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
