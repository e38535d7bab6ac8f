package io.frontdesk.helpscout.v2;

import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerAttribute;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque `cursor` of `GET /v3/customers`: base64 (URL-safe) of `{"createdAt":<millis>,"id":<id>}`, the last
 * customer of the page before. The list is newest first with the id breaking ties, so the next page is every
 * customer strictly after that pair: a customer created or deleted while a client walks the list neither repeats nor
 * shifts another one out, as offsets would.
 */
record V3CustomerCursor(long createdAtMillis, long id) {

    private static final Pattern FORM = Pattern.compile("\\{\"createdAt\":(-?\\d{1,19}),\"id\":(\\d{1,19})}");

    static V3CustomerCursor after(Customer customer) {
        return new V3CustomerCursor(customer.createdAt().toEpochMilli(), customer.id());
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"createdAt\":" + createdAtMillis
                + ",\"id\":" + id + "}").getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor this server did not write is a 400 on `cursor`. */
    static V3CustomerCursor decode(String text) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8);
            Matcher matcher = FORM.matcher(json);
            if (matcher.matches()) {
                return new V3CustomerCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
            }
        } catch (IllegalArgumentException e) {
            // reported below; NumberFormatException is one
        }
        throw ApiException.invalid(FieldError.query("cursor", "InvalidValue",
                "not a cursor from a page of this list", text));
    }

    /** Customers after this one in the list's order: created earlier, or at the same time with a lower id. */
    CustomerCriterion criterion() {
        Instant at = Instant.ofEpochMilli(createdAtMillis);
        return new CustomerCriterion.Or(List.of(
                new CustomerCriterion.Compare(CustomerAttribute.CREATED_AT, CustomerCriterion.Operator.LT, at),
                new CustomerCriterion.And(List.of(
                        new CustomerCriterion.Compare(CustomerAttribute.CREATED_AT, CustomerCriterion.Operator.EQ, at),
                        new CustomerCriterion.Compare(CustomerAttribute.ID, CustomerCriterion.Operator.LT, id)))));
    }
}
