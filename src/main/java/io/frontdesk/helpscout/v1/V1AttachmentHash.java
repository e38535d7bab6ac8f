package io.frontdesk.helpscout.v1;

import io.frontdesk.conversation.NewAttachment;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread's `attachments: [{"hash": "…"}]`: each names a file uploaded before through `POST /v1/attachments.json`;
 * the core takes the upload over when the thread is written (an unknown hash is a 400 then).
 */
final class V1AttachmentHash {

    private V1AttachmentHash() {
    }

    static List<NewAttachment> read(JsonFields item) {
        List<JsonFields> items = item.objects("attachments");
        List<NewAttachment> uploads = new ArrayList<>();
        for (JsonFields attachment : items == null ? List.<JsonFields>of() : items) {
            String hash = attachment.string("hash");
            if (hash == null || hash.isBlank()) {
                attachment.validation().add(FieldError.of(attachment.path("hash"), "NotEmpty", "may not be empty"));
            } else {
                uploads.add(NewAttachment.uploaded(hash.trim()));
            }
        }
        return uploads;
    }
}
