package io.frontdesk.tag;

import java.time.Instant;

/** An account-wide label with a color, shared by customers (HelpCrunch) and conversations (Help Scout). */
public record Tag(long id, long accountId, String name, String slug, String color, Instant createdAt,
                  Instant updatedAt) {

    /** HelpCrunch's color for tags created without one. */
    public static final String DEFAULT_COLOR = "#c377e0";
}
