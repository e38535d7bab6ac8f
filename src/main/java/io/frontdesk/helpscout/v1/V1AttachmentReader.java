package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.NewAttachment;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.util.Base64;

/**
 * The body of `POST /v1/attachments.json`: `fileName`, `mimeType` and `data` (base64, line breaks allowed), all
 * required; a decoded file over 10 MB (1.0's documented limit) is refused.
 */
final class V1AttachmentReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private V1AttachmentReader() {
    }

    static NewAttachment read(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String fileName = required(root, "fileName");
        String mimeType = required(root, "mimeType");
        String data = required(root, "data");
        byte[] bytes = null;
        if (data != null) {
            try {
                bytes = Base64.getDecoder().decode(data.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                validation.add(FieldError.of("data", "InvalidValue", "must be base64-encoded",
                        data.length() > 40 ? data.substring(0, 40) + "…" : data));
            }
        }
        if (bytes != null && bytes.length > MAX_BYTES) {
            validation.add(FieldError.of("data", "Size", "the file must be at most " + MAX_BYTES + " bytes"));
        }
        validation.throwIfAny();
        return new NewAttachment(fileName.trim(), mimeType.trim(), bytes);
    }

    private static String required(JsonFields root, String name) {
        String value = root.string(name);
        if (value == null || value.isBlank()) {
            root.validation().add(FieldError.of(name, "NotEmpty", "may not be empty"));
            return null;
        }
        return value;
    }
}
