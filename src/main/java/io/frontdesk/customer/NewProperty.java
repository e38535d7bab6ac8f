package io.frontdesk.customer;

import java.util.List;

/**
 * A customer property definition to create.
 *
 * @param options a dropdown's options in display order, each with the id the client chose or null; null or empty for
 *                other types
 */
public record NewProperty(String slug, String name, PropertyType type, List<PropertyOption> options) {
}
