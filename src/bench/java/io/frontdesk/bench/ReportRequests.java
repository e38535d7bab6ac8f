package io.frontdesk.bench;

import io.frontdesk.helpscout.reports.ReportRoutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reports benchmark times, derived from the route table ({@link ReportRoutes#v2Paths()},
 * {@link ReportRoutes#v1PathsByReport()}) so a report added there cannot be left out: every served path once with the
 * parameters it needs (a 1.0 report once, its aliases named, as one handler serves them), then 2.0's filter variants
 * and deep pages, then the reports with durations in office hours. A served path with no parameters here stops the
 * bench before it loads anything.
 */
final class ReportRequests {

    /** Answers 404 by design (Frontdesk has no Docs sites), so there is nothing to time. */
    static final Set<String> NOT_TIMED = Set.of("docs");

    /** A drilldown's deep page: 50 rows a page, the 100th (past 4,950 conversations). */
    private static final String DEEP = "&page=100&rows=50";

    /**
     * One timed request.
     *
     * @param user     whether the bench's user goes in the query ({@code user=…})
     * @param extra    the query after {@code start}/{@code end} (and {@code user}), starting with {@code &}, or empty
     * @param previous whether the report reads {@code previousStart}/{@code previousEnd}: only then is it timed with
     *                 the previous period too
     * @param aliases  the 1.0 paths served by the same handler, timed as this one
     */
    record Request(String path, boolean user, String extra, boolean previous, List<String> aliases) {

        String query(long userId) {
            return (user ? "&user=" + userId : "") + extra;
        }

        /** The path and its parameters but the user's (the same user throughout). */
        String label() {
            return extra.isEmpty() ? path : path + "?" + extra.substring(1);
        }
    }

    /** A report's parameters: {@code user} required, the others it needs, whether it has a previous period. */
    private record Needs(boolean user, String extra, boolean previous) {
    }

    private ReportRequests() {
    }

    /** Every request, in the order timed. {@code tags}: the loaded tags' ids, the most used first. */
    static List<Request> all(long[] tags) {
        return all(tags, List.of());
    }

    /** Those of {@link #all(long[])} whose label holds one of {@code only} (empty: every request). */
    static List<Request> all(long[] tags, List<String> only) {
        List<Request> every = every(tags);
        return only.isEmpty() ? every
                : every.stream().filter(r -> only.stream().anyMatch(r.label()::contains)).toList();
    }

    private static List<Request> every(long[] tags) {
        Map<String, Needs> needs = needs(tags);
        List<Request> all = new ArrayList<>();
        for (String path : ReportRoutes.v2Paths()) {
            add(all, needs, path, List.of());
        }
        all.addAll(variants(tags));
        for (List<String> paths : ReportRoutes.v1PathsByReport()) {
            add(all, needs, paths.get(0), paths.subList(1, paths.size()).stream()
                    .map(p -> p.substring("/v1/reports/".length())).toList());
        }
        all.addAll(officeHours());
        Set<String> served = new HashSet<>(ReportRoutes.v2Paths());
        served.addAll(ReportRoutes.v1Paths());
        for (Request r : all) {
            if (!served.contains(r.path())) {
                throw new IllegalStateException("the reports bench times " + r.path() + ", which is not served");
            }
        }
        return all;
    }

    private static void add(List<Request> all, Map<String, Needs> needs, String path, List<String> aliases) {
        String name = name(path);
        if (NOT_TIMED.contains(name)) {
            return;
        }
        Needs n = needs.get(name);
        if (n == null) {
            throw new IllegalStateException("the reports bench has no parameters for " + path
                    + ": add them to ReportRequests.needs");
        }
        all.add(new Request(path, n.user(), n.extra(), n.previous(), aliases));
    }

    /** The report's name in the table: the path without its version's prefix and suffix. */
    static String name(String path) {
        if (path.startsWith("/v2/reports/")) {
            return path.substring("/v2/reports/".length());
        }
        if (path.startsWith("/v1/reports/") && path.endsWith(".json")) {
            return path.substring("/v1/reports/".length(), path.length() - ".json".length());
        }
        throw new IllegalArgumentException("not a report path: " + path);
    }

    /**
     * What each report needs, as its handler reads it (docs/reports.md, "Drilldowns"). Busy times, the ratings
     * lists, the drilldowns and the conversation history count the current period only.
     */
    private static Map<String, Needs> needs(long[] tags) {
        Map<String, Needs> needs = new HashMap<>();
        for (String name : List.of("company", "company/customers-helped", "conversations", "conversations/new",
                "conversations/received-messages", "conversations/volume-by-channel", "productivity",
                "productivity/first-response-time", "productivity/response-time", "productivity/resolution-time",
                "productivity/replies-sent", "productivity/resolved", "happiness", "chat", "email", "phone")) {
            needs.put(name, new Needs(false, "", true));
        }
        for (String name : List.of("user", "user/happiness", "user/customers-helped", "user/replies",
                "user/resolutions", "user/chat")) {
            needs.put(name, new Needs(true, "", true));
        }
        needs.put("conversations/busy-times", new Needs(false, "", false));
        needs.put("happiness/ratings", new Needs(false, "", false));
        needs.put("user/ratings", new Needs(true, "", false));
        needs.put("user/conversation-history", new Needs(true, "", false));
        needs.put("user/drilldown", new Needs(true, "", false));
        needs.put("conversations/drilldown", new Needs(false, "", false));
        needs.put("conversations/new-drilldown", new Needs(false, "", false));
        needs.put("conversations/fields-drilldown", new Needs(false, "&field=tagid&fieldid=" + tags[0], false));
        // 1.0 requires range on these: the conversations of one response-time range, and the resolved ones
        needs.put("company/drilldown", new Needs(false, "&range=responseTime&rangeId=2", false));
        needs.put("productivity/drilldown", new Needs(false, "&range=resolved", false));
        return needs;
    }

    /** 2.0's filters and pages that cost otherwise than the plain request. */
    private static List<Request> variants(long[] tags) {
        List<Request> all = new ArrayList<>();
        String conversations = "/v2/reports/conversations";
        all.add(new Request(conversations, false, "&mailboxes=1,2&types=email", true, List.of()));
        // the most used tag (on about a fifth of the conversations) and the least used (about 1.5 %)
        all.add(new Request(conversations, false, "&tags=" + tags[0], true, List.of()));
        all.add(new Request(conversations, false, "&tags=" + tags[tags.length - 1], true, List.of()));
        // mailbox 1's Assigned (open, assigned) and mailbox 2's Closed folders (conversation.Folders' ids)
        all.add(new Request(conversations, false, "&folders=14,25", true, List.of()));
        String ratings = "/v2/reports/happiness/ratings";
        all.add(new Request(ratings, false, "&page=100", false, List.of()));
        all.add(new Request(ratings, false, "&sortField=rating&sortOrder=ASC&page=3", false, List.of()));
        all.add(new Request(ratings, false, "&rating=not-good&sortField=number", false, List.of()));
        all.add(new Request("/v2/reports/user/ratings", true, "&page=2&sortField=number", false, List.of()));
        all.add(new Request("/v2/reports/user/conversation-history", true,
                "&status=closed&sortField=repliesSent&page=100", false, List.of()));
        all.add(new Request("/v2/reports/user/drilldown", true, DEEP, false, List.of()));
        // without a range: every conversation a user replied to, closed or started
        all.add(new Request("/v2/reports/company/drilldown", false, DEEP, false, List.of()));
        all.add(new Request("/v2/reports/conversations/drilldown", false, DEEP, false, List.of()));
        all.add(new Request("/v2/reports/conversations/new-drilldown", false, DEEP, false, List.of()));
        all.add(new Request("/v2/reports/conversations/fields-drilldown", false, "&field=tagid&fieldid=" + tags[0]
                + DEEP, false, List.of()));
        return all;
    }

    /**
     * The reports whose figures include durations, in office hours ({@code officeHours=true}: the bench's account has
     * them set, {@link ReportsBenchmark#HOURS}), 2.0 and 1.0; the counts are the plain requests' own.
     */
    private static List<Request> officeHours() {
        String office = "&officeHours=true";
        List<Request> all = new ArrayList<>();
        for (String name : List.of("company", "conversations", "productivity", "productivity/first-response-time",
                "productivity/response-time", "productivity/resolution-time", "email", "chat", "phone")) {
            all.add(new Request("/v2/reports/" + name, false, office, true, List.of()));
        }
        all.add(new Request("/v2/reports/user", true, office, true, List.of()));
        all.add(new Request("/v2/reports/user/chat", true, office, true, List.of()));
        for (String name : List.of("company", "productivity", "productivity/response-time")) {
            all.add(new Request("/v1/reports/" + name + ".json", false, office, true, List.of()));
        }
        all.add(new Request("/v1/reports/user.json", true, office, true, List.of()));
        return all;
    }
}
