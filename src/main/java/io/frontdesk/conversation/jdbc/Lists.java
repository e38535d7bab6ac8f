package io.frontdesk.conversation.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** Address lists (to, cc, bcc) kept as JSON arrays in one text column. */
final class Lists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Lists() {
    }

    static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> read(String json) {
        try {
            return json == null || json.isBlank() ? List.of()
                    : JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt address list", e);
        }
    }
}
