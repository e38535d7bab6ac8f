package io.frontdesk.conversation.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * Address lists (to, cc, bcc) kept as JSON arrays in one text column. Most lists are empty, and every thread and
 * conversation row has two or three: the empty one is written and read without Jackson.
 */
final class Lists {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String EMPTY = "[]";

    private Lists() {
    }

    static String write(List<String> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> read(String json) {
        try {
            return json == null || json.isBlank() || json.equals(EMPTY) ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt address list", e);
        }
    }
}
