package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.conversation.Attachment;

import java.util.Map;

/**
 * An attachment inside a thread's `_embedded.attachments`. `width` and `height` are null (Frontdesk does not read
 * image sizes); `state` is `valid` (nothing is flagged as malicious). `self` and `data` lead to the base64 form, `web`
 * to the raw file (docs/helpscout-v2.md).
 */
record V2Attachment(long id, String filename, String mimeType, @JsonInclude(JsonInclude.Include.ALWAYS) Integer width,
                    @JsonInclude(JsonInclude.Include.ALWAYS) Integer height, long size, String state,
                    @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Attachment of(Attachment attachment, String base) {
        String data = V2ConversationUrls.attachmentData(base, attachment.conversationId(), attachment.id());
        return new V2Attachment(attachment.id(), attachment.fileName(), attachment.mimeType(), null, null,
                attachment.size(), "valid", new Hal.Links().add("self", data).add("data", data)
                .add("web", V2ConversationUrls.attachmentFile(base, attachment.conversationId(), attachment.id()))
                .build());
    }

    /** `GET …/attachments/{id}/data`. */
    record Data(String data) {
    }
}
