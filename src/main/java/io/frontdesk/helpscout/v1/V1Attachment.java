package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.conversation.Attachment;

/**
 * A thread's attachment in 1.0: `{id, mimeType, fileName, size, width, height, url, hash}`. Frontdesk measures no
 * images (width and height 0, as Help Scout sent for other files) and keeps no upload hash once the file is attached
 * (null); `url` is `GET /v1/attachments/{id}/data.json`, the one place 1.0 serves a file.
 */
@JsonPropertyOrder({"id", "mimeType", "fileName", "size", "width", "height", "url", "hash"})
record V1Attachment(long id, String mimeType, String fileName, long size, int width, int height, String url,
                    String hash) {

    static V1Attachment of(Attachment a, String base) {
        return new V1Attachment(a.id(), a.mimeType(), a.fileName(), a.size(), 0, 0,
                base + "/v1/attachments/" + a.id() + "/data.json", null);
    }
}
