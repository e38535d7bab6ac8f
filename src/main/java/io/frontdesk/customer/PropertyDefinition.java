package io.frontdesk.customer;

import java.time.Instant;
import java.util.List;

/** An account's customer property: its slug names it in paths (`/car`), its type checks values. */
public record PropertyDefinition(long id, long accountId, String slug, String name, PropertyType type,
                                 List<PropertyOption> options, Instant createdAt) {
}
