package io.frontdesk.tag;

/** A tag named by a client; {@code color} is null when the client gave none. */
public record TagInput(String name, String color) {
}
