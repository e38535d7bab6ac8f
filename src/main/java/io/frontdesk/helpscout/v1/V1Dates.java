package io.frontdesk.helpscout.v1;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.Dates;
import io.frontdesk.web.JsonFields;

import java.time.Instant;

/** 1.0 dates in bodies: `yyyy-MM-dd'T'HH:mm:ss'Z'`, reported at their property path when malformed. */
final class V1Dates {

    private V1Dates() {
    }

    static Instant read(JsonFields item, String name) {
        String raw = item.string(name);
        if (raw == null) {
            return null;
        }
        try {
            return Dates.parse(item.path(name), raw, FieldError.Source.BODY);
        } catch (ApiException e) {
            item.validation().addAll(e.errors());
            return null;
        }
    }
}
