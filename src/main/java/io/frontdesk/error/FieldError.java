package io.frontdesk.error;

/**
 * One rejected input value.
 *
 * @param path          the field as the client named it, dotted for nested fields (`address.city`, `filter[0].value`)
 * @param message       a readable sentence
 * @param rejectedValue the value as received, or null when absent
 * @param code          a stable machine code (`NotEmpty`, `Size`, `EnumValue`, …) that dialects may expose
 * @param source        where the value came from
 */
public record FieldError(String path, String message, Object rejectedValue, String code, Source source) {

    /** Where a rejected value was sent. */
    public enum Source { BODY, QUERY, PATH }

    public static FieldError of(String path, String code, String message) {
        return new FieldError(path, message, null, code, Source.BODY);
    }

    public static FieldError of(String path, String code, String message, Object rejectedValue) {
        return new FieldError(path, message, rejectedValue, code, Source.BODY);
    }

    public static FieldError query(String param, String code, String message, Object rejectedValue) {
        return new FieldError(param, message, rejectedValue, code, Source.QUERY);
    }
}
