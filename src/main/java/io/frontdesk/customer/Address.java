package io.frontdesk.customer;

import java.time.Instant;
import java.util.List;

/** A customer's single postal address. */
public record Address(long id, List<String> lines, String city, String state, String postalCode, String country,
                      Instant createdAt, Instant updatedAt) {
}
