package io.frontdesk.event;

import java.time.Instant;

/**
 * Something a customer did, recorded by an integration (HelpCrunch `POST /events`): a name and free-form data.
 *
 * @param data the event's data as JSON text; the core keeps it opaque, the HTTP adapter writes and reads it
 */
public record CustomerEvent(long id, long accountId, long customerId, String name, String data, Instant createdAt) {
}
