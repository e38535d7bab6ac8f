package io.frontdesk.conversation;

import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;

import java.util.List;

/**
 * A list request as a dialect hands it over: the search text (`query=`, null for none), its other filters already as
 * criteria, custom-field equalities still as the client wrote them (the service reads them against the mailbox
 * field definitions), the order, the page and whether threads are embedded. Everything is ANDed.
 */
public record ConversationListing(String queryText, ConversationCriterion filters, List<FieldInput> fieldEquals,
                                  ConversationSort sort, SortOrder order, PageRequest page, boolean embedThreads) {

    public ConversationListing {
        fieldEquals = List.copyOf(fieldEquals);
    }
}
