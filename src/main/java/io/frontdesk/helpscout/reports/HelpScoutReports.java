package io.frontdesk.helpscout.reports;

import io.frontdesk.error.ApiException;
import io.frontdesk.report.ReportQuery;
import io.frontdesk.report.ReportService;
import io.frontdesk.report.SeriesFigure;
import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagService;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.util.List;
import java.util.Set;

/**
 * Help Scout's report endpoints, for 2.0 ({@code /v2/reports/…}) and 1.0 ({@code /v1/reports/….json}): each reads its
 * parameters ({@link ReportParams}), calls one {@link ReportService} method and renders {@link ReportBodies}. The two
 * versions share the keys (helpscout-more.md §11.9); they differ in the longest {@code viewBy=day} period.
 */
public final class HelpScoutReports {

    private static final String JSON = "application/json";
    private static final String HAL = "application/hal+json";

    /** Drilldown rows per page unless {@code rows} says (helpscout-more.md §10.4). */
    static final int DEFAULT_ROWS = 25;

    private final ReportService reports;
    private final TagService tags;
    private final int dayLimit;

    public HelpScoutReports(ReportService reports, TagService tags, int dayLimit) {
        this.reports = reports;
        this.tags = tags;
        this.dayLimit = dayLimit;
    }

    public void company(Context ctx) {
        ReportParams p = params(ctx, false);
        ok(ctx, ReportBodies.company(filterTags(ctx, p), reports.company(account(ctx), p.query())));
    }

    public void conversations(Context ctx) {
        ReportParams p = params(ctx, false);
        List<ReportBodies.FilterTag> tagsOfFilter = filterTags(ctx, p);
        ReportService.ConversationsPage page = reports.conversationsPage(account(ctx), p.query());
        ok(ctx, ReportBodies.conversations(tagsOfFilter, page.figures(), page.lists()));
    }

    public void busyTimes(Context ctx) {
        ReportParams p = params(ctx, false);
        ok(ctx, reports.busyTimes(account(ctx), p.query()).stream().map(ReportBodies.BusySlot::of).toList());
    }

    public void volumeByChannel(Context ctx) {
        ReportParams p = params(ctx, false);
        ok(ctx, ReportBodies.channels(reports.volumeByChannel(account(ctx), p.query())));
    }

    public void productivity(Context ctx) {
        ReportParams p = params(ctx, false);
        ok(ctx, ReportBodies.productivity(filterTags(ctx, p), reports.productivity(account(ctx), p.query())));
    }

    public void happiness(Context ctx) {
        ReportParams p = params(ctx, false);
        ok(ctx, ReportBodies.happiness(filterTags(ctx, p), reports.overall(account(ctx), p.query())));
    }

    public void userHappiness(Context ctx) {
        ReportParams p = params(ctx, true);
        ok(ctx, ReportBodies.happiness(filterTags(ctx, p), reports.overall(account(ctx), p.query())));
    }

    public void ratings(Context ctx) {
        ratings(ctx, false);
    }

    public void userRatings(Context ctx) {
        ratings(ctx, true);
    }

    private void ratings(Context ctx, boolean user) {
        ReportParams p = params(ctx, user);
        ok(ctx, ReportBodies.ratings(reports.ratings(account(ctx), p.query(), p.rating(), p.sort(), p.ascending(),
                p.page())));
    }

    public void user(Context ctx) {
        ReportParams p = params(ctx, true);
        ok(ctx, ReportBodies.user(filterTags(ctx, p), reports.user(account(ctx), p.query())));
    }

    /** A series report: {@code figure} per bucket under {@code valueKey}. */
    public io.javalin.http.Handler series(SeriesFigure figure, String dateKey, String valueKey, boolean integer,
                                          boolean user) {
        return ctx -> {
            ReportParams p = params(ctx, user);
            ok(ctx, ReportBodies.series(reports.series(account(ctx), p.query(), figure), dateKey, valueKey,
                    integer));
        };
    }

    // ---- channels (hal+json, helpscout-more.md §10.1) and the user chat report (plain JSON)

    public void chat(Context ctx) {
        ReportParams p = params(ctx, false);
        Responses.json(ctx, 200, HAL, ChannelBodies.chat(reports.chat(account(ctx), p.query())));
    }

    public void email(Context ctx) {
        ReportParams p = params(ctx, false);
        Responses.json(ctx, 200, HAL, ChannelBodies.email(filterTags(ctx, p),
                reports.channel(account(ctx), p.query(), "email")));
    }

    public void phone(Context ctx) {
        ReportParams p = params(ctx, false);
        Responses.json(ctx, 200, HAL, ChannelBodies.phone(reports.channel(account(ctx), p.query(), "phone")));
    }

    /** The one report without {@code folders} (helpscout-more.md §10.2): ignored, though still checked. */
    public void userChat(Context ctx) {
        ReportQuery q = params(ctx, true).query();
        ReportQuery noFolders = new ReportQuery(q.current(), q.previous(), q.filter().withFolders(Set.of()),
                q.officeHours(), q.viewBy(), q.user());
        ok(ctx, ChannelBodies.userChat(reports.chat(account(ctx), noFolders)));
    }

    /** Frontdesk has no Docs sites: a 404 rather than zeros that would read as a site nobody visited. */
    public void docs(Context ctx) {
        throw ApiException.notFound("Frontdesk has no Docs sites, so there is no Docs report");
    }

    // ---- drilldowns and the conversation history

    public void activeDrilldown(Context ctx) {
        ReportParams p = params(ctx, false);
        DrillParams d = DrillParams.read(ctx, DrillParams.Kind.PLAIN, DEFAULT_ROWS);
        ok(ctx, DrilldownBodies.drilldown(reports.activeDrilldown(account(ctx), p.query(), p.page(), d.rows())));
    }

    public void newDrilldown(Context ctx) {
        ReportParams p = params(ctx, false);
        DrillParams d = DrillParams.read(ctx, DrillParams.Kind.PLAIN, DEFAULT_ROWS);
        ok(ctx, DrilldownBodies.drilldown(reports.newDrilldown(account(ctx), p.query(), p.page(), d.rows())));
    }

    public void fieldsDrilldown(Context ctx) {
        ReportParams p = params(ctx, false);
        DrillParams d = DrillParams.read(ctx, DrillParams.Kind.FIELDS, DEFAULT_ROWS);
        ok(ctx, DrilldownBodies.drilldown(reports.fieldsDrilldown(account(ctx), p.query(), d.field(), d.fieldId(),
                p.page(), d.rows())));
    }

    /**
     * A drilldown of acts (replies, closes, conversations started) or of a productivity range: the company's
     * ({@code user} false) or a user's; {@code kind} says whether {@code range} is read and required.
     */
    io.javalin.http.Handler actsDrilldown(DrillParams.Kind kind, boolean user, int defaultRows) {
        return ctx -> {
            ReportParams p = params(ctx, user);
            DrillParams d = DrillParams.read(ctx, kind, defaultRows);
            ok(ctx, DrilldownBodies.drilldown(reports.actsDrilldown(account(ctx), p.query(), d.range(), d.rangeId(),
                    p.page(), d.rows())));
        };
    }

    public void conversationHistory(Context ctx) {
        ReportParams p = ReportParams.read(ctx, dayLimit, true, false);
        HistoryParams h = HistoryParams.read(ctx);
        ok(ctx, DrilldownBodies.history(reports.conversationHistory(account(ctx), p.query(), h.status(), h.sort(),
                p.ascending(), p.page())));
    }

    private ReportParams params(Context ctx, boolean user) {
        return ReportParams.read(ctx, dayLimit, user);
    }

    private static long account(Context ctx) {
        return Requests.principal(ctx).accountId();
    }

    /** The tags the report is filtered by, as {@code filterTags} lists them (the account's own only). */
    private List<ReportBodies.FilterTag> filterTags(Context ctx, ReportParams p) {
        Set<Long> wanted = p.query().filter().tags();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return tags.list(account(ctx)).stream().filter(t -> wanted.contains(t.id()))
                .map((Tag t) -> new ReportBodies.FilterTag(t.id(), t.name())).toList();
    }

    private static void ok(Context ctx, Object body) {
        Responses.json(ctx, 200, JSON, body);
    }
}
