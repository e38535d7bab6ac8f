package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.Validation;
import io.frontdesk.event.CustomerEventService;
import io.frontdesk.web.Json;

/**
 * A `POST /events` body: `name` and `customer` (a numeric id; anything else is the documented "This value should be
 * of type numeric.") are required, `data` is an optional object kept as given.
 *
 * @param data the data object as JSON text, the form the core stores
 */
record HcEventInput(String name, String data, long customer) {

    static HcEventInput read(JsonNode json) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(json, validation);
        String name = body.requiredText("name");
        if (name != null && name.length() > CustomerEventService.MAX_NAME) {
            body.error("name", HcMessages.tooLong(CustomerEventService.MAX_NAME));
        }
        JsonNode data = body.raw("data") == null || body.raw("data").isNull() ? Json.object() : body.raw("data");
        if (!data.isObject()) {
            body.error("data", HcMessages.OBJECT);
        }
        Long customer = body.id("customer");
        validation.throwIfAny();
        return new HcEventInput(name, HcEvent.write(data), customer);
    }
}
