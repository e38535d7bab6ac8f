package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.organization.OrganizationInput;
import io.frontdesk.organization.OrganizationSort;
import io.frontdesk.web.JsonFields;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads organization bodies and parameters. Create and PUT take the same fields; `domain` (singular, as Help Scout's
 * create example sends it) becomes the first of `domains`. Read-only fields (`id`, `logoUrl`, `_links`…) are ignored,
 * so a client may send back what it read. Field limits are the core's.
 */
final class V2OrganizationReader {

    private V2OrganizationReader() {
    }

    static OrganizationInput input(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        List<String> domains = new ArrayList<>();
        String domain = root.string("domain");
        if (domain != null) {
            domains.add(domain);
        }
        List<String> listed = root.strings("domains");
        if (listed != null) {
            listed.stream().filter(d -> !domains.contains(d)).forEach(domains::add);
        }
        List<String> phones = root.strings("phones");
        OrganizationInput input = new OrganizationInput(root.string("name"), root.string("website"),
                root.string("description"), root.string("location"), root.string("note"), domains, phones,
                root.string("brandColor"));
        validation.throwIfAny();
        return input;
    }

    /** `sort=<field>[,asc|desc]`, newest interaction first by default; a direction left out means descending. */
    static OrganizationSort sort(Context ctx) {
        String raw = ctx.queryParam("sort");
        if (raw == null || raw.isBlank()) {
            return OrganizationSort.LAST_INTERACTION_AT;
        }
        String field = raw.split(",", 2)[0].trim();
        return switch (field) {
            case "name" -> OrganizationSort.NAME;
            case "customerCount" -> OrganizationSort.CUSTOMER_COUNT;
            case "conversationCount" -> OrganizationSort.CONVERSATION_COUNT;
            case "lastInteractionAt" -> OrganizationSort.LAST_INTERACTION_AT;
            default -> throw ApiException.invalid(FieldError.query("sort", "EnumValue",
                    "Expected one of these: 'name', 'customerCount', 'conversationCount', 'lastInteractionAt'",
                    raw));
        };
    }

    static SortOrder order(Context ctx) {
        String raw = ctx.queryParam("sort");
        String[] parts = raw == null ? new String[0] : raw.split(",", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            return SortOrder.DESC;
        }
        return switch (parts[1].trim().toLowerCase(Locale.ROOT)) {
            case "asc" -> SortOrder.ASC;
            case "desc" -> SortOrder.DESC;
            default -> throw ApiException.invalid(FieldError.query("sort", "EnumValue",
                    "the direction must be 'asc' or 'desc'", raw));
        };
    }

    /** `includeCounts` and `includeProperties`: `true` or `false`, any case; anything else is a QUERY error. */
    static boolean flag(Context ctx, String name, boolean absent) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(FieldError.query(name, "InvalidValue", "must be true or false",
                    raw));
        };
    }

    /** A definition body: `{type, slug, name, options: [{label}]}`; PUT reads only name and options. */
    record Definition(String slug, String name, PropertyType type, List<String> options) {
    }

    static Definition definition(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String typeText = root.string("type");
        PropertyType type = PropertyType.parse(typeText);
        if (typeText != null && type == null) {
            validation.add(FieldError.of("type", "EnumValue",
                    "Expected one of these: 'text', 'number', 'url', 'date', 'dropdown'", typeText));
        }
        List<String> options = null;
        List<JsonFields> items = root.objects("options");
        if (items != null) {
            options = new ArrayList<>();
            for (JsonFields item : items) {
                options.add(item.string("label"));
            }
        }
        Definition definition = new Definition(root.string("slug"), root.string("name"), type, options);
        validation.throwIfAny();
        return definition;
    }

    /** `{"value": "…"}`: a string (a number is taken as its text); required. */
    static String value(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String value = root.string("value");
        if (validation.isEmpty() && value == null) {
            validation.add(FieldError.of("value", "NotNull", "may not be null"));
        }
        validation.throwIfAny();
        return value;
    }
}
