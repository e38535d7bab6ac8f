package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.event.CustomerEvent;
import io.frontdesk.web.Json;

/** The answer of `POST /events`: `{"id","name","data","createdAt"}`, createdAt in UNIX seconds as a string. */
@JsonPropertyOrder({"id", "name", "data", "createdAt"})
record HcEvent(long id, String name, JsonNode data, String createdAt) {

    static HcEvent of(CustomerEvent event) {
        return new HcEvent(event.id(), event.name(), parse(event.data()), HcDates.format(event.createdAt()));
    }

    /** The data is JSON text this adapter wrote itself, so failing to read it back is a bug, not a client error. */
    private static JsonNode parse(String data) {
        try {
            return Json.MAPPER.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data is not JSON", e);
        }
    }

    /** The data object as the JSON text the core stores. */
    static String write(JsonNode data) {
        try {
            return Json.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data could not be written", e);
        }
    }
}
