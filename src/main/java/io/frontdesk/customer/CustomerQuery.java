package io.frontdesk.customer;

import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;

/**
 * A page of customers matching a criterion. {@code scoreText} is the text that {@link CustomerSort#SCORE} ranks by
 * (names and emails equal to it first, then starting with it); null when there is none.
 *
 * @param offset the first row to return, overriding {@code page}'s own offset, for dialects that page by offset and
 *               limit (HelpCrunch) rather than by page number; null to use the page's offset. {@code page.size()} is
 *               still the number of rows.
 */
public record CustomerQuery(CustomerCriterion criterion, CustomerSort sort, SortOrder order, PageRequest page,
                            String scoreText, Long offset) {

    public CustomerQuery(CustomerCriterion criterion, CustomerSort sort, SortOrder order, PageRequest page,
                         String scoreText) {
        this(criterion, sort, order, page, scoreText, null);
    }

    /** The number of matching rows to skip before the first one returned. */
    public long firstRow() {
        return offset != null ? offset : page.offset();
    }
}
