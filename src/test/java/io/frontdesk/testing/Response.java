package io.frontdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;

/** What the server answered. */
public record Response(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The id at the end of a Location header, in either `/123` or `/123.json` form. */
    public long locationId() {
        String location = header("Location");
        String last = location.substring(location.lastIndexOf('/') + 1);
        return Long.parseLong(last.endsWith(".json") ? last.substring(0, last.length() - 5) : last);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
