package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.Emails;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.List;

/** `cc` and `bcc` of a 1.0 thread: arrays of email addresses, each checked at its index. */
final class V1Addresses {

    private V1Addresses() {
    }

    static List<String> read(JsonFields item, String name) {
        List<String> values = item.strings(name);
        List<String> valid = new ArrayList<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            String value = values.get(i);
            if (Emails.valid(value)) {
                valid.add(value.trim());
            } else {
                item.validation().add(FieldError.of(item.path(name) + "[" + i + "]", "Email",
                        "Not well-formed email address", value));
            }
        }
        return valid;
    }
}
