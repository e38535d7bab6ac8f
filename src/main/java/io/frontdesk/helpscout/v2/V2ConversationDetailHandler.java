package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Principal;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.FieldInput;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.JsonFields;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;

/** `PUT /v2/conversations/{id}/tags` and `PUT /v2/conversations/{id}/fields`: both replace the whole set. */
final class V2ConversationDetailHandler {

    private final ConversationService conversations;

    V2ConversationDetailHandler(ConversationService conversations) {
        this.conversations = conversations;
    }

    /** `{"tags": ["a", "b"]}`; an empty list removes every tag. */
    void tags(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        Principal caller = Requests.principal(ctx);
        conversations.replaceTags(caller.accountId(), caller.userId(), id, tagNames(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }

    /** `{"fields": [{"id": 531, "value": "trial"}]}`; fields left out lose their value. */
    void fields(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        Principal caller = Requests.principal(ctx);
        conversations.replaceFields(caller.accountId(), caller.userId(), id, fieldValues(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }

    static List<String> tagNames(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        List<String> tags = root.strings("tags");
        if (tags == null && validation.isEmpty()) {
            validation.add(FieldError.of("tags", "NotNull", "may not be null"));
        }
        validation.throwIfAny();
        return tags;
    }

    static List<FieldInput> fieldValues(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        if (!root.has("fields") || root.isNull("fields")) {
            validation.add(FieldError.of("fields", "NotNull", "may not be null"));
        }
        List<FieldInput> fields = V2ConversationReader.fields(root);
        validation.throwIfAny();
        return fields;
    }
}
