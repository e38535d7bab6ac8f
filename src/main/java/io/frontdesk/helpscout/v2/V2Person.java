package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdesk.conversation.PersonRef;
import io.frontdesk.conversation.PersonType;

/**
 * A user or customer inside a conversation or thread: `first`/`last`, not `firstName`/`lastName`, as Help Scout
 * writes them there. Unknown parts are left out; `type` is left out where Help Scout shows none (a thread's customer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Person(long id, String type, String first, String last, String photoUrl, String email) {

    static V2Person of(PersonRef person) {
        return person == null ? null : new V2Person(person.id(), person.type().token(), person.firstName(),
                person.lastName(), person.photoUrl(), person.email());
    }

    /** Without `type` or photo: a conversation's assignee, primary customer and closer carry type, so only threads. */
    static V2Person untyped(PersonRef person) {
        return person == null ? null : new V2Person(person.id(), null, person.firstName(), person.lastName(),
                person.photoUrl(), person.email());
    }

    /** `{id, type, first, last, email}`: no photo (the conversation object's assignee and primary customer). */
    static V2Person brief(PersonRef person) {
        return person == null ? null : new V2Person(person.id(), person.type().token(), person.firstName(),
                person.lastName(), null, person.email());
    }

    /** The href of the person's own resource. */
    static String href(String base, PersonRef person) {
        return person.type() == PersonType.USER ? V2ConversationUrls.user(base, person.id())
                : V2Urls.customer(base, person.id());
    }
}
