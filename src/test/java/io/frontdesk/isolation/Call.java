package io.frontdesk.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request the suite sends for a route: its method and registered path, a query and body that may hold
 * placeholders (`{{CUSTOMER}}` for a fixture id, `{{SLUG}}` and the like for fixture text, `{{UNIQUE}}` for a fresh
 * token), what each path parameter names, and what tenant B must get back.
 *
 * @param pathRefs  what each path parameter names, e.g. {@code id → CUSTOMER}
 * @param refusal   the status when every path id is B's own but an id in the query or body is not (a foreign
 *                  mailbox in a create, a foreign user to assign), and of calls without ids at all; for a listing,
 *                  200 means any 2xx
 * @param emptyAt   for a listing filtered by A's ids: the JSON pointer of its total, which must be 0 for B
 */
record Call(Expect expect, String method, String path, String query, String body, String contentType,
            Map<String, Ref> pathRefs, int refusal, String emptyAt) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");

    /** What tenant B must get, and what the owner's control request must get. */
    enum Expect {
        /** Names A's ids: B gets 404 (or {@link Call#refusal}), the owner 2xx. */
        OWNED,
        /** A listing of the caller's account, maybe filtered by A's ids: B sees none of A, the owner its own. */
        LISTED,
        /** Creates a resource in the caller's own account: 2xx for anyone, without A's data in the answer. */
        CREATED,
        /** No account involved (health): anything but a crash, without A's data. */
        PUBLIC
    }

    /** A target: a path parameter, or an id placeholder in the query or body. */
    record Target(String name, Ref ref, boolean inPath) {
    }

    String route() {
        return method + " " + path;
    }

    /** Path parameters first, then each distinct id placeholder of query and body, in order of appearance. */
    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        pathRefs.forEach((name, ref) -> targets.add(new Target(name, ref, true)));
        Matcher matcher = PLACEHOLDER.matcher(query + (body == null ? "" : body));
        while (matcher.find()) {
            Ref ref = refNamed(matcher.group(1));
            Target target = new Target(matcher.group(1), ref, false);
            if (ref != null && !targets.contains(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    private static Ref refNamed(String name) {
        for (Ref ref : Ref.values()) {
            if (ref.name().equals(name)) {
                return ref;
            }
        }
        return null;
    }

    static Pattern placeholder() {
        return PLACEHOLDER;
    }
}
