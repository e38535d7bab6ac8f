package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.NewAttachment;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.util.Base64;

/**
 * An attachment to upload: `fileName`, `mimeType` and `data` (standard base64; line breaks allowed) are all required.
 * Decoded files over {@value #MAX_BYTES} bytes (Help Scout 1.0's documented 10 MB) are refused.
 */
final class V2AttachmentReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private V2AttachmentReader() {
    }

    /** The body of `POST /v2/conversations/{id}/threads/{threadId}/attachments`. */
    static NewAttachment body(JsonNode body) {
        Validation validation = new Validation();
        NewAttachment attachment = read(JsonFields.root(body, validation));
        validation.throwIfAny();
        return attachment;
    }

    /** One attachment object; problems go to the fields' validation and null is returned. */
    static NewAttachment read(JsonFields item) {
        String fileName = required(item, "fileName");
        String mimeType = required(item, "mimeType");
        String data = required(item, "data");
        byte[] bytes = null;
        if (data != null) {
            try {
                bytes = Base64.getDecoder().decode(data.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                item.validation().add(FieldError.of(item.path("data"), "InvalidValue", "must be base64-encoded",
                        data.length() > 40 ? data.substring(0, 40) + "…" : data));
            }
        }
        if (bytes != null && bytes.length > MAX_BYTES) {
            item.validation().add(FieldError.of(item.path("data"), "Size", "the file must be at most "
                    + MAX_BYTES + " bytes"));
            bytes = null;
        }
        return fileName == null || mimeType == null || bytes == null ? null
                : new NewAttachment(fileName.trim(), mimeType.trim(), bytes);
    }

    private static String required(JsonFields item, String name) {
        String value = item.string(name);
        if (value == null || value.isBlank()) {
            item.validation().add(FieldError.of(item.path(name), "NotEmpty", "may not be empty"));
            return null;
        }
        return value;
    }
}
