package io.frontdesk.helpscout.v2;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * HAL paging for every 2.0 list: reads `page` and writes the page body with `self`, `first`, `last`, `next` (only when
 * there are more pages), `previous` (only after the first) and the templated `page` link. Links keep the request's
 * other query parameters (`?firstName=x&page=2`, template `?firstName=x{&page}`), because the PHP SDK expands the
 * template and the tap follows `next`.
 */
final class V2Paging {

    static final int CUSTOMERS_PAGE_SIZE = 50;
    private static final String SAFE = "-._~:@,/";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private V2Paging() {
    }

    /** The requested page, 1 when absent; anything but a positive whole number is a QUERY error. */
    static PageRequest request(Context ctx, int size) {
        String raw = ctx.queryParam("page");
        if (raw == null || raw.isBlank()) {
            return new PageRequest(1, size);
        }
        try {
            int page = Integer.parseInt(raw.trim());
            if (page >= 1) {
                return new PageRequest(page, size);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(FieldError.query("page", "InvalidNumber", "must be a number of at least 1", raw));
    }

    /** The page body for items already rendered; {@code path} is the list's path, e.g. `/v2/customers`. */
    static V2Page body(Context ctx, String path, String rel, Page<?> page) {
        String base = Requests.baseUrl(ctx) + path;
        String kept = keptQuery(ctx.queryString());
        String prefix = base + "?" + (kept.isEmpty() ? "" : kept + "&") + "page=";
        int number = page.request().page();
        int last = Math.max(page.totalPages(), 1);
        Hal.Links links = new Hal.Links()
                .add("self", prefix + number)
                .add("first", prefix + 1)
                .add("last", prefix + last);
        if (number < page.totalPages()) {
            links.add("next", prefix + (number + 1));
        }
        if (number > 1) {
            links.add("previous", prefix + (number - 1));
        }
        links.add("page", Hal.Link.template(kept.isEmpty() ? base + "{?page}" : base + "?" + kept + "{&page}"));
        // an empty page still names its rel, with an empty array: Help Scout has sent it so since July 2019, and some
        // clients read a page without `_embedded` as a single item (docs/helpscout-v2.md)
        Map<String, List<?>> embedded = Map.of(rel, page.items());
        return new V2Page(embedded, links.build(),
                new V2Page.Info(page.request().size(), page.total(), page.totalPages(), number));
    }

    /**
     * Every query parameter but `page`, in the order sent, decoded and encoded again so the result is a valid URI
     * template literal (a raw `{` or space from a lenient client would break the template).
     */
    static String keptQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name.equals("page")) {
                continue;
            }
            kept.add(eq < 0 ? encode(name) : encode(name) + "=" + encode(decode(pair.substring(eq + 1))));
        }
        return String.join("&", kept);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Percent-encodes all but unreserved characters and the few that are readable and safe in a query value. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || SAFE.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                // not String.format: it parses its pattern at every call, 4% of a `query=` list's CPU in a profile
                out.append('%').append(HEX.toHexDigits(b));
            }
        }
        return out.toString();
    }
}
