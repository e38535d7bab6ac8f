package io.frontdesk.helpscout.v1;

import io.frontdesk.conversation.RatingLevel;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.rating.Rating;
import io.frontdesk.web.Dates;

import java.util.List;

/**
 * The 1.0 `satisfaction.ratings` hook body (helpscout-more.md §9.7): `ticketId` is the conversation, `rating` is
 * spelled `Great`, `Okay` or `Bad` (§8.2), the customer carries their emails with `location`.
 */
record V1Rating(long id, RatedCustomer customer, long ticketId, long threadId, MailboxRef mailbox, String rating,
                String comments, String createdAt, String modifiedAt) {

    record RatedCustomer(long id, String firstName, String lastName, List<V1Entries.Located> emails) {
    }

    record MailboxRef(long id, String name) {
    }

    static V1Rating of(Rating rating, Customer customer, Mailbox mailbox) {
        RatedCustomer who = customer == null
                ? new RatedCustomer(rating.customer().id(), rating.customer().firstName(),
                rating.customer().lastName(), List.of())
                : new RatedCustomer(customer.id(), customer.firstName(), customer.lastName(),
                V1Entries.located(customer, EntryKind.EMAIL));
        return new V1Rating(rating.id(), who, rating.conversationId(), rating.threadId(),
                new MailboxRef(mailbox.id(), mailbox.name()), spelling(rating.level()), rating.comments(),
                Dates.iso(rating.createdAt()), Dates.iso(rating.updatedAt()));
    }

    private static String spelling(RatingLevel level) {
        return switch (level) {
            case GREAT -> "Great";
            case OKAY -> "Okay";
            case NOT_GOOD -> "Bad";
        };
    }
}
