package io.frontdesk.report;

import io.frontdesk.account.AccountService;
import io.frontdesk.core.Futures;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.team.Team;
import io.frontdesk.team.TeamService;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Help Scout's reports, computed from the facts {@link ReportRecorder} kept (docs/reports.md). Each period is counted
 * by {@link PeriodCounts}: in the database, or fact by fact in {@link Figures} when office hours need each duration.
 */
public final class ReportService {

    /** Ratings per page of the ratings list (Help Scout does not say; docs/reports.md). */
    public static final int RATINGS_PAGE_SIZE = 50;

    /** The distinct counts the conversations report shows: totalConversations and customers (ReportBodies). */
    private static final Set<DistinctCount> CONVERSATIONS_SHOWN = EnumSet.of(DistinctCount.CONVERSATIONS,
            DistinctCount.CUSTOMERS);

    private final ReportStore store;
    private final RollupFolding folds;
    private final AccountService accounts;
    private final TeamService teams;
    private final Transactions tx;
    private final Executor previousPeriods;

    /**
     * @param previousPeriods runs a report's previous period while the request's thread counts the current one, each
     *                        on its own connection (docs/reports.md, "Speed"): a report with {@code previousStart}
     *                        then takes about as long as one without on a machine with a core to spare
     */
    public ReportService(ReportStore store, RollupFolding folds, AccountService accounts, TeamService teams,
                         Transactions tx, Executor previousPeriods) {
        this.store = store;
        this.folds = folds;
        this.accounts = accounts;
        this.teams = teams;
        this.tx = tx;
        this.previousPeriods = previousPeriods;
    }

    public ReportSettings settings(long accountId) {
        accounts.account(accountId);
        return store.settings(accountId).orElse(ReportSettings.DEFAULT);
    }

    /**
     * Recomputes the account's rollups from its report facts (docs/reports.md, "Speed: rollups"): starts them over in
     * one short transaction, then folds the facts in batches, and returns when they are complete.
     */
    public void rebuildRollups(long accountId) {
        accounts.account(accountId);
        folds.rebuild(accountId);
    }

    /**
     * Recomputes the account's rollups from its report facts in one transaction of set-wise statements
     * (docs/reports.md, "Rebuilding the rollups at once"): on SQLite every other writer of the store waits for it.
     */
    public void rebuildRollupsAtOnce(long accountId) {
        accounts.account(accountId);
        folds.rebuildAtOnce(accountId);
    }

    /**
     * Sets the account's time zone and office hours ({@link OfficeHours} text; {@code none} clears them); a null
     * keeps what is set.
     */
    public ReportSettings setOfficeHours(long accountId, String timeZone, String hours) {
        return tx.inTransaction(() -> {
            ReportSettings current = settings(accountId);
            ZoneId zone = current.zone();
            if (timeZone != null) {
                try {
                    zone = ZoneId.of(timeZone.trim());
                } catch (DateTimeException e) {
                    throw ApiException.invalid(FieldError.of("timezone", "Invalid",
                            "not a time zone (like Europe/Paris or UTC): " + timeZone));
                }
            }
            OfficeHours office = hours == null ? current.officeHours() : OfficeHours.parse(hours, "hours");
            ReportSettings next = new ReportSettings(zone, office);
            store.saveSettings(accountId, next);
            if (!zone.equals(current.zone())) {
                folds.written(accountId); // a new zone starts the rollups over: the fold job recounts them
            }
            return next;
        });
    }

    public Reports.Company company(long accountId, ReportQuery q) {
        record Before(Totals totals, Map<Long, Totals> byUser, Totals none) {
        }
        CompletableFuture<Before> counting = previous(q, p -> {
            PeriodCounts c = period(accountId, q, p);
            return new Before(c.totals(null), c.byUser(), c.none());
        });
        PeriodCounts cur = period(accountId, q, q.current());
        Map<Long, Totals> now = cur.byUser();
        Totals totals = cur.totals(null);
        Before prev = Futures.join(counting);
        Map<Long, Totals> before = prev == null ? null : prev.byUser();
        List<Long> repliers = now.entrySet().stream().filter(e -> e.getValue().totalReplies() > 0)
                .map(Map.Entry::getKey).sorted().toList();
        Map<Long, String> names = store.userNames(accountId, Set.copyOf(repliers));
        List<Reports.UserLine> users = new ArrayList<>();
        for (long id : repliers) {
            users.add(new Reports.UserLine(id, names.getOrDefault(id, ""), now.get(id),
                    before == null ? null : before.getOrDefault(id, prev.none())));
        }
        return new Reports.Company(totals, prev == null ? null : prev.totals(), users);
    }

    public Reports.Conversations conversations(long accountId, ReportQuery asked) {
        ReportQuery q = asked.withoutOfficeHours(); // it shows no duration
        // the previous period's own top list is not shown: its total now, its counts of the current ten after them
        record Before(PeriodCounts counts, Totals totals, int conversations) {
        }
        CompletableFuture<Before> counting = previous(q, p -> {
            PeriodCounts c = period(accountId, q, p);
            return new Before(c, c.totals(null, CONVERSATIONS_SHOWN), c.topCustomers(0).conversations());
        });
        PeriodCounts cur = period(accountId, q, q.current());
        int[][] slots = cur.createdSlots();
        Reports.BusySlot busiestDay = null;
        int bestDay = 0;
        int[] perDay = new int[8];
        int[] perHour = new int[24];
        for (int day = 1; day <= 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                perDay[day] += slots[day][hour];
                perHour[hour] += slots[day][hour];
            }
            if (perDay[day] > perDay[bestDay]) {
                bestDay = day;
            }
        }
        if (bestDay > 0) {
            busiestDay = new Reports.BusySlot(bestDay, 0, perDay[bestDay]);
        }
        Integer busyStart = null;
        int bestWindow = 0;
        for (int hour = 0; hour < 23; hour++) {
            int window = perHour[hour] + perHour[hour + 1];
            if (window > bestWindow) {
                bestWindow = window;
                busyStart = hour;
            }
        }
        TopCustomers now = cur.topCustomers(10);
        Totals totals = cur.totals(null, CONVERSATIONS_SHOWN);
        Before prev = Futures.join(counting);
        Set<Long> ten = now.top().stream().map(TopCustomers.Customer::id).collect(Collectors.toSet());
        Map<Long, Integer> before = prev == null ? Map.of() : prev.counts().customerConversations(ten);
        int totalBefore = prev == null ? 0 : prev.conversations();
        Map<Long, String> names = store.customerNames(ten);
        List<Reports.Top> top = now.top().stream()
                .map(c -> new Reports.Top(c.id(), names.getOrDefault(c.id(), ""), c.conversations(),
                        before.getOrDefault(c.id(), 0), Figures.percent(c.conversations(), now.conversations()),
                        Figures.percent(before.getOrDefault(c.id(), 0), totalBefore)))
                .toList();
        return new Reports.Conversations(totals, prev == null ? null : prev.totals(), busiestDay,
                busyStart, busyStart == null ? null : busyStart + 2, now.customers(), top);
    }

    /** Every weekday-hour of the period with the new conversations created in it, Monday 00:00 first. */
    public List<Reports.BusySlot> busyTimes(long accountId, ReportQuery q) {
        int[][] slots = period(accountId, q, q.current()).createdSlots();
        List<Reports.BusySlot> all = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                all.add(new Reports.BusySlot(day, hour, slots[day][hour]));
            }
        }
        return all;
    }

    /** A figure per day, week or month. */
    public Reports.Series series(long accountId, ReportQuery asked, SeriesFigure figure) {
        ReportQuery q = figure.timed() ? asked : asked.withoutOfficeHours();
        Set<Long> users = users(accountId, q);
        Function<ReportPeriod, List<Reports.Point>> points = p -> buckets(accountId, q, p, users, figure.kinds()).stream()
                .map(b -> new Reports.Point(b.period().start(), figure.of(b.totals()))).toList();
        CompletableFuture<List<Reports.Point>> before = previous(q, points);
        List<Reports.Point> now = points.apply(q.current());
        return new Reports.Series(now, Futures.join(before));
    }

    /** New conversations per channel, per day, week or month. */
    public Reports.Channels volumeByChannel(long accountId, ReportQuery q) {
        Function<ReportPeriod, List<Reports.ChannelPoint>> points = p -> buckets(accountId, q, p, null, EnumSet.of(FactKind.CREATED)).stream()
                .map(b -> new Reports.ChannelPoint(b.period().start(), b.createdChat(), b.createdEmail(),
                        b.createdPhone())).toList();
        CompletableFuture<List<Reports.ChannelPoint>> before = previous(q, points);
        List<Reports.ChannelPoint> now = points.apply(q.current());
        return new Reports.Channels(now, Futures.join(before));
    }

    public Reports.Productivity productivity(long accountId, ReportQuery q) {
        Set<Long> users = users(accountId, q);
        record Counted(Totals totals, int[] response, int[] first, int[] replies) {
        }
        Function<ReportPeriod, Counted> count = p -> {
            PeriodCounts c = period(accountId, q, p);
            return new Counted(c.totals(users), c.responseRanges(users, false), c.responseRanges(users, true),
                    c.repliesToResolve(users));
        };
        CompletableFuture<Counted> before = previous(q, count);
        Counted cur = count.apply(q.current());
        Counted prev = Futures.join(before);
        int[] none = new int[11];
        return new Reports.Productivity(cur.totals(), prev == null ? null : prev.totals(),
                ranges(cur.response(), prev == null ? none : prev.response(), 10),
                ranges(cur.first(), prev == null ? none : prev.first(), 10),
                ranges(cur.replies(), prev == null ? none : prev.replies(), 10));
    }

    public Reports.Overall overall(long accountId, ReportQuery q) {
        return overall(accountId, q, null);
    }

    /** The figures, of which only these distinct counts are shown ({@code shown}; null: all). */
    private Reports.Overall overall(long accountId, ReportQuery q, Set<DistinctCount> shown) {
        Set<Long> users = users(accountId, q);
        CompletableFuture<Totals> before = previous(q, p -> period(accountId, q, p).totals(users, shown));
        Totals now = period(accountId, q, q.current()).totals(users, shown);
        return new Reports.Overall(now, Futures.join(before));
    }

    /** A user's (or team's) report: its figures and who it is. */
    public Reports.User user(long accountId, ReportQuery q) {
        Set<Long> users = users(accountId, q);
        CompletableFuture<Totals> before = previous(q, p -> period(accountId, q, p).totals(users));
        Totals current = period(accountId, q, q.current()).totals(users);
        Totals previous = Futures.join(before);
        Optional<io.frontdesk.account.User> user = accounts.user(accountId, q.user());
        String name;
        Instant createdAt;
        if (user.isPresent()) {
            name = (user.get().firstName() + " " + user.get().lastName()).trim();
            createdAt = user.get().createdAt();
        } else {
            Team team = teams.get(accountId, q.user());
            name = team.name();
            createdAt = team.createdAt();
        }
        return new Reports.User(q.user(), name, createdAt, current.customersHelped(), current, previous);
    }

    /**
     * The period's ratings, of one level or all, sorted by conversation number, rating time ({@code modifiedAt}) or
     * level, a page of {@link #RATINGS_PAGE_SIZE}.
     */
    public Reports.Ratings ratings(long accountId, ReportQuery q, RatingLevel level, RatingSort sort,
                                   boolean ascending, int page) {
        RatingPage rated = store.ratings(new RatingQuery(accountId, q.current().start(), q.current().end(),
                q.filter(), level, users(accountId, q), sort, ascending), (long) (page - 1) * RATINGS_PAGE_SIZE,
                RATINGS_PAGE_SIZE);
        int count = rated.count();
        int pages = Math.max(1, (count + RATINGS_PAGE_SIZE - 1) / RATINGS_PAGE_SIZE);
        List<ReportFact> shown = rated.ratings();
        Set<Long> customers = new HashSet<>();
        Set<Long> userIds = new HashSet<>();
        for (ReportFact f : shown) {
            if (f.customerId() != null) {
                customers.add(f.customerId());
            }
            if (f.userId() != null) {
                userIds.add(f.userId());
            }
        }
        Map<Long, String> customerNames = store.customerNames(customers);
        Map<Long, String> userNames = store.userNames(accountId, userIds);
        List<Reports.Rating> results = shown.stream().map(f -> new Reports.Rating(f.conversationId(), f.number(),
                f.conversationType(), f.threadId(), f.since(), f.rating(), f.customerId(),
                f.customerId() == null ? null : customerNames.getOrDefault(f.customerId(), ""), f.comments(), f.at(),
                f.userId(), f.userId() == null ? null : userNames.getOrDefault(f.userId(), ""))).toList();
        return new Reports.Ratings(results, page, pages, count);
    }

    // ---- the reports built on ChannelReports, Drilldowns, UserHistory and ListCounts (docs/reports.md)

    /**
     * The email or phone report: the usual figures of that type's conversations, of which only those the report
     * shows are counted where counting one costs a pass over the year's cells.
     */
    public Reports.Overall channel(long accountId, ReportQuery q, String type) {
        ReportQuery only = ChannelReports.only(q, type);
        return overall(accountId, ChannelReports.timed(type) ? only : only.withoutOfficeHours(),
                ChannelReports.shown(type));
    }

    /** The chat report, of everyone or (with {@code user}) of the chats the user answered. */
    public ChatReport chat(long accountId, ReportQuery q) {
        Set<Long> users = users(accountId, q);
        ReportQuery chats = ChannelReports.only(q, "chat");
        ChannelReports channels = new ChannelReports(store);
        Figures figures = new Figures(settings(accountId), q.officeHours());
        CompletableFuture<ChatFigures> before = previous(chats,
                p -> channels.figures(accountId, chats, p, users, figures));
        ChatFigures now = channels.figures(accountId, chats, chats.current(), users, figures);
        return new ChatReport(now, Futures.join(before));
    }

    /** The conversations with activity in the period, a page of {@code rows}. */
    public DrillPage activeDrilldown(long accountId, ReportQuery q, int page, int rows) {
        return new Drilldowns(store).active(accountId, q, page, rows);
    }

    /** The conversations created in the period. */
    public DrillPage newDrilldown(long accountId, ReportQuery q, int page, int rows) {
        return new Drilldowns(store).created(accountId, q, page, rows);
    }

    /** The conversations of one tag, saved reply, workflow or customer of the conversations report. */
    public DrillPage fieldsDrilldown(long accountId, ReportQuery q, DrillField field, long id, int page, int rows) {
        return new Drilldowns(store).field(accountId, q, field, id, page, rows);
    }

    /**
     * The conversations of the period's replies, closes and conversations started (of the query's user, or
     * everyone's), or of one range of the productivity report's distributions.
     */
    public DrillPage actsDrilldown(long accountId, ReportQuery q, DrillRange range, Integer rangeId, int page,
                                   int rows) {
        return new Drilldowns(store).acts(accountId, q, users(accountId, q), range, rangeId,
                new Figures(settings(accountId), q.officeHours()), page, rows);
    }

    /** A user's (or team's) conversation history, of conversations now in {@code status} (null: any). */
    public HistoryPage conversationHistory(long accountId, ReportQuery q, String status, HistorySort sort,
                                           boolean ascending, int page) {
        return new UserHistory(store).history(accountId, q, users(accountId, q),
                new Figures(settings(accountId), q.officeHours()), status, sort, ascending, page);
    }

    /** The conversations report: its figures and top customers, and its lists. */
    public record ConversationsPage(Reports.Conversations figures, ConversationLists lists) {
    }

    /**
     * The conversations report whole: its lists are counted on another thread and connection while this one counts the
     * figures. Both are mostly single-process reads of a year's rows (the top customers' index, the subject facts'),
     * so on a machine with a core to spare they overlap; a failure of either is the report's answer.
     */
    public ConversationsPage conversationsPage(long accountId, ReportQuery q) {
        CompletableFuture<ConversationLists> lists = CompletableFuture.supplyAsync(
                () -> conversationLists(accountId, q), previousPeriods);
        Reports.Conversations figures = conversations(accountId, q);
        return new ConversationsPage(figures, Futures.join(lists));
    }

    /**
     * The conversations report's tags, saved replies and workflows lists; the previous period counted on its own
     * connection while this thread counts the current one, as the figures are.
     */
    public ConversationLists conversationLists(long accountId, ReportQuery q) {
        ListCounts lists = new ListCounts(store);
        CompletableFuture<ListCounts.Counted> before = previous(q, p -> lists.count(accountId, q.filter(), p));
        ListCounts.Counted now = lists.count(accountId, q.filter(), q.current());
        return lists.lists(accountId, now, Futures.join(before));
    }

    /** The users a query is about: null for the company, the user, or a team's members. */
    private Set<Long> users(long accountId, ReportQuery q) {
        if (q.user() == null) {
            return null;
        }
        if (accounts.user(accountId, q.user()).isPresent()) {
            return Set.of(q.user());
        }
        try {
            Set<Long> members = new HashSet<>();
            for (int page = 1; ; page++) {
                var batch = teams.members(accountId, q.user(), new PageRequest(page, 100));
                batch.items().forEach(u -> members.add(u.id()));
                if (batch.items().size() < 100) {
                    return members;
                }
            }
        } catch (ApiException e) {
            throw ApiException.notFound("User not found");
        }
    }

    /**
     * The previous period's {@code count}, started on {@link #previousPeriods} (null when the query has none). Its
     * counts are its own: a {@link PeriodCounts} is used by one thread.
     */
    private <T> CompletableFuture<T> previous(ReportQuery q, Function<ReportPeriod, T> count) {
        return q.previous() == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> count.apply(q.previous()), previousPeriods);
    }

    private PeriodCounts period(long accountId, ReportQuery q, ReportPeriod period) {
        return PeriodCounts.of(store, accountId, q, period, settings(accountId));
    }

    /** The period cut into buckets of the query's (or the period's default) size, in the account's time zone. */
    private List<PeriodCounts.Bucket> buckets(long accountId, ReportQuery q, ReportPeriod period, Set<Long> users,
                                              Set<FactKind> kinds) {
        ViewBy viewBy = q.viewBy() != null ? q.viewBy() : defaultViewBy(period);
        return period(accountId, q, period).buckets(viewBy, users, kinds);
    }

    /** Days up to 60 days, weeks up to a year, months beyond. */
    public static ViewBy defaultViewBy(ReportPeriod period) {
        long days = period.days();
        return days <= 60 ? ViewBy.DAY : days <= 366 ? ViewBy.WEEK : ViewBy.MONTH;
    }

    /** Range ids 1..{@code ids}, each with its count now and before and their shares. */
    private static Reports.Distribution ranges(int[] now, int[] before, int ids) {
        int total = 0;
        int totalBefore = 0;
        for (int id = 1; id <= ids; id++) {
            total += now[id];
            totalBefore += before[id];
        }
        List<Reports.Range> ranges = new ArrayList<>();
        for (int id = 1; id <= ids; id++) {
            ranges.add(new Reports.Range(id, now[id], before[id], Figures.percent(now[id], total),
                    Figures.percent(before[id], totalBefore)));
        }
        return new Reports.Distribution(total, totalBefore, ranges);
    }
}
