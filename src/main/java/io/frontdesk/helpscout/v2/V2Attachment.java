package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.conversation.Attachment;

import java.util.Map;

/** An attachment inside a thread's `_embedded.attachments`; the bytes are behind the `data` link. */
record V2Attachment(long id, String filename, String mimeType, long size,
                    @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Attachment of(Attachment attachment, String base) {
        return new V2Attachment(attachment.id(), attachment.fileName(), attachment.mimeType(), attachment.size(),
                new Hal.Links().add("data", V2ConversationUrls.attachmentData(base, attachment.conversationId(),
                        attachment.id())).build());
    }

    /** `GET …/attachments/{id}/data`. */
    record Data(String data) {
    }
}
