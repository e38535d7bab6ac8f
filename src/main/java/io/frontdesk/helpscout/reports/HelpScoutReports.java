package io.frontdesk.helpscout.reports;

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
        ok(ctx, ReportBodies.conversations(filterTags(ctx, p), reports.conversations(account(ctx), p.query())));
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
