package io.frontdesk.helpscout.reports;

import io.frontdesk.report.SeriesFigure;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one table of Help Scout's report paths (helpscout-more.md §10.2 and §11.9), read by both route tables: a report
 * {@code x} is served at {@code /v2/reports/x} and at {@code /v1/reports/x.json}, plus the 1.0 aliases other clients
 * use. What differs per version (the longest {@code viewBy=day} period) is in the {@link HelpScoutReports} each
 * version hands in. docs/reports.md lists the table with what serves each path.
 */
public final class ReportRoutes {

    /**
     * @param v2        the 2.0 path under {@code /v2/reports/}, or null when 2.0 has no such report
     * @param v1        the 1.0 paths under {@code /v1/reports/}, without {@code .json}
     * @param v1Handler 1.0's handler where it reads its parameters otherwise (a required {@code range}, 10 rows)
     */
    record Route(String v2, List<String> v1, Function<HelpScoutReports, Handler> handler,
                 Function<HelpScoutReports, Handler> v1Handler) {
    }

    /** 1.0's user drilldown lists 10 rows unless {@code rows} says (its docs). */
    private static final int V1_USER_ROWS = 10;

    private static final List<Route> ROUTES = List.of(
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/company?start=2026-01-01T00:00:00Z&end=2026-02-01T00:00:00Z'
            both("company", r -> r::company, "team"),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/company/customers-helped?start=…&end=…&viewBy=week'
            both("company/customers-helped", r -> r.series(SeriesFigure.CUSTOMERS_HELPED, "date", "customers", true,
                    false), "team/customers-helped"),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/conversations?start=…&end=…&mailboxes=1,2'
            both("conversations", r -> r::conversations),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/conversations/busy-times?start=…&end=…'
            both("conversations/busy-times", r -> r::busyTimes),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/conversations/new?start=…&end=…&viewBy=day'
            both("conversations/new", r -> r.series(SeriesFigure.NEW_CONVERSATIONS, "date", "count", true, false)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/conversations/received-messages?start=…&end=…'
            both("conversations/received-messages", r -> r.series(SeriesFigure.RECEIVED_MESSAGES, "start", "count",
                    true, false)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/conversations/volume-by-channel?start=…&end=…'
            both("conversations/volume-by-channel", r -> r::volumeByChannel),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/productivity?start=…&end=…&officeHours=true'
            both("productivity", r -> r::productivity),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/productivity/first-response-time?start=…&end=…'
            both("productivity/first-response-time", r -> r.series(SeriesFigure.FIRST_RESPONSE_TIME, "date", "time",
                    false, false)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/productivity/response-time?start=…&end=…'
            both("productivity/response-time", r -> r.series(SeriesFigure.RESPONSE_TIME, "date", "time", false,
                    false)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/productivity/resolution-time?start=…&end=…'
            both("productivity/resolution-time", r -> r.series(SeriesFigure.RESOLUTION_TIME, "date", "time", false,
                    false)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/productivity/replies-sent?start=…&end=…'
            both("productivity/replies-sent", r -> r.series(SeriesFigure.REPLIES_SENT, "date", "replies", true,
                    false)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/productivity/resolved?start=…&end=…'
            both("productivity/resolved", r -> r.series(SeriesFigure.RESOLVED, "date", "resolved", true, false)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/happiness?start=…&end=…'
            both("happiness", r -> r::happiness),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/happiness/ratings?start=…&end=…&page=2&rating=great'
            both("happiness/ratings", r -> r::ratings),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user?user=4&start=…&end=…'
            both("user", r -> r::user),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user/happiness?user=4&start=…&end=…'
            both("user/happiness", r -> r::userHappiness),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user/ratings?user=4&start=…&end=…'
            both("user/ratings", r -> r::userRatings),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user/customers-helped?user=4&start=…&end=…'
            both("user/customers-helped", r -> r.series(SeriesFigure.CUSTOMERS_HELPED, "date", "customers", true,
                    true)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user/replies?user=4&start=…&end=…'
            both("user/replies", r -> r.series(SeriesFigure.REPLIES_SENT, "date", "replies", true, true)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user/resolutions?user=4&start=…&end=…'
            both("user/resolutions", r -> r.series(SeriesFigure.RESOLVED, "date", "resolved", true, true)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user/chat?user=4&start=…&end=…'
            v2Only("user/chat", r -> r::userChat),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user/conversation-history?user=4&start=…&end=…&status=closed&sortField=repliesSent'
            both("user/conversation-history", r -> r::conversationHistory),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/user/drilldown?user=4&start=…&end=…&rows=50'
            differs("user/drilldown", r -> r.actsDrilldown(DrillParams.Kind.PLAIN, true, HelpScoutReports.DEFAULT_ROWS),
                    r -> r.actsDrilldown(DrillParams.Kind.PLAIN, true, V1_USER_ROWS), "users/drilldown"),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/company/drilldown?start=…&end=…&range=responseTime&rangeId=2'
            differs("company/drilldown", r -> r.actsDrilldown(DrillParams.Kind.RANGE, false,
                    HelpScoutReports.DEFAULT_ROWS), r -> r.actsDrilldown(DrillParams.Kind.RANGE_REQUIRED, false,
                    HelpScoutReports.DEFAULT_ROWS), "team/drilldown"),
            // curl -u KEY:X 'http://localhost:8080/v1/reports/productivity/drilldown.json?start=…&end=…&range=resolved'
            v1Only("productivity/drilldown", r -> r.actsDrilldown(DrillParams.Kind.RANGE_REQUIRED, false,
                    HelpScoutReports.DEFAULT_ROWS)),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/conversations/drilldown?start=…&end=…&page=2&rows=50'
            both("conversations/drilldown", r -> r::activeDrilldown),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/conversations/new-drilldown?start=…&end=…'
            both("conversations/new-drilldown", r -> r::newDrilldown),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/conversations/fields-drilldown?start=…&end=…&field=tagid&fieldid=3'
            both("conversations/fields-drilldown", r -> r::fieldsDrilldown, "conversations/customfields-drilldown"),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/chat?start=…&end=…'
            v2Only("chat", r -> r::chat),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/email?start=…&end=…'
            v2Only("email", r -> r::email),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/phone?start=…&end=…'
            v2Only("phone", r -> r::phone),
            // curl -H 'Authorization: Bearer …' 'http://localhost:8080/v2/reports/docs?start=…&end=…' (a 404: no Docs)
            both("docs", r -> r::docs));


    private ReportRoutes() {
    }

    /** Registers every 2.0 report at {@code /v2/reports/…}. */
    public static void v2(RoutesConfig routes, HelpScoutReports reports) {
        for (Route route : ROUTES) {
            if (route.v2() != null) {
                routes.get("/v2/reports/" + route.v2(), route.handler().apply(reports));
            }
        }
    }

    /** Registers every 1.0 report at {@code /v1/reports/….json}, aliases included. */
    public static void v1(RoutesConfig routes, HelpScoutReports reports) {
        for (Route route : ROUTES) {
            Handler handler = route.v1Handler().apply(reports);
            for (String path : route.v1()) {
                routes.get("/v1/reports/" + path + ".json", handler);
            }
        }
    }

    /** The 2.0 paths served, in the table's order. */
    public static List<String> v2Paths() {
        return ROUTES.stream().filter(r -> r.v2() != null).map(r -> "/v2/reports/" + r.v2()).toList();
    }

    /** The 1.0 paths served, aliases included, in the table's order. */
    public static List<String> v1Paths() {
        return v1PathsByReport().stream().flatMap(List::stream).toList();
    }

    /**
     * The 1.0 paths per report, in the table's order: the report's own path first, then its aliases, all served by
     * one handler (the bench times a report once and names its aliases).
     */
    public static List<List<String>> v1PathsByReport() {
        return ROUTES.stream().filter(r -> !r.v1().isEmpty())
                .map(r -> r.v1().stream().map(p -> "/v1/reports/" + p + ".json").toList()).toList();
    }

    /** A report both versions serve under the same name, and 1.0 also under {@code aliases}. */
    private static Route both(String path, Function<HelpScoutReports, Handler> handler, String... aliases) {
        List<String> v1 = new ArrayList<>();
        v1.add(path);
        v1.addAll(List.of(aliases));
        return new Route(path, List.copyOf(v1), handler, handler);
    }

    /** A report both versions serve, whose 1.0 handler reads its parameters otherwise. */
    private static Route differs(String path, Function<HelpScoutReports, Handler> v2,
                                 Function<HelpScoutReports, Handler> v1, String... aliases) {
        Route same = both(path, v2, aliases);
        return new Route(path, same.v1(), v2, v1);
    }

    /** A report only 1.0 has. */
    private static Route v1Only(String path, Function<HelpScoutReports, Handler> handler, String... aliases) {
        List<String> v1 = new ArrayList<>();
        v1.add(path);
        v1.addAll(List.of(aliases));
        return new Route(null, List.copyOf(v1), handler, handler);
    }

    /** A report only 2.0 has. */
    private static Route v2Only(String path, Function<HelpScoutReports, Handler> handler) {
        return new Route(path, List.of(), handler, handler);
    }
}
