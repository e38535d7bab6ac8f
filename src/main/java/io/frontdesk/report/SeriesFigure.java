package io.frontdesk.report;

import java.util.EnumSet;
import java.util.Set;

/** The figures a series can show, one value per bucket. */
public enum SeriesFigure {
    NEW_CONVERSATIONS, RECEIVED_MESSAGES, CUSTOMERS_HELPED, REPLIES_SENT, RESOLVED, FIRST_RESPONSE_TIME,
    RESPONSE_TIME, RESOLUTION_TIME;

    /** The kinds of facts the figure counts. */
    Set<FactKind> kinds() {
        return switch (this) {
            case NEW_CONVERSATIONS -> EnumSet.of(FactKind.CREATED);
            case RECEIVED_MESSAGES -> EnumSet.of(FactKind.CUSTOMER_MESSAGE);
            case CUSTOMERS_HELPED, REPLIES_SENT, FIRST_RESPONSE_TIME, RESPONSE_TIME -> EnumSet.of(FactKind.REPLY);
            case RESOLVED, RESOLUTION_TIME -> EnumSet.of(FactKind.CLOSED);
        };
    }

    /** Whether the figure is a duration, the only kind office hours change. */
    boolean timed() {
        return this == FIRST_RESPONSE_TIME || this == RESPONSE_TIME || this == RESOLUTION_TIME;
    }

    Double of(Totals t) {
        return switch (this) {
            case NEW_CONVERSATIONS -> (double) t.conversationsCreated();
            case RECEIVED_MESSAGES -> (double) t.customerMessages();
            case CUSTOMERS_HELPED -> (double) t.customersHelped();
            case REPLIES_SENT -> (double) t.totalReplies();
            case RESOLVED -> (double) t.resolved();
            case FIRST_RESPONSE_TIME -> t.firstResponseTime();
            case RESPONSE_TIME -> t.responseTime();
            case RESOLUTION_TIME -> t.resolutionTime();
        };
    }
}
