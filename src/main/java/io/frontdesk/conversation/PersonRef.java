package io.frontdesk.conversation;

/**
 * A user or customer as a conversation shows them: enough to name and link them. Names and email may be null (a
 * customer without an email, a person deleted since).
 */
public record PersonRef(long id, PersonType type, String firstName, String lastName, String email,
                        String photoUrl) {
}
