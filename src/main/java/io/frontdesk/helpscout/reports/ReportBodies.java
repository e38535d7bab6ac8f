package io.frontdesk.helpscout.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdesk.report.ConversationLists;
import io.frontdesk.report.Figures;
import io.frontdesk.report.Reports;
import io.frontdesk.report.Totals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Help Scout's report bodies (helpscout-more.md §10.4), the same keys in 2.0 and 1.0: wire records built from the
 * core's {@link Reports}. {@code previous} and {@code deltas} are left out unless a previous period was asked for.
 */
final class ReportBodies {

    private ReportBodies() {
    }

    record FilterTag(long id, String name) {
    }

    // ---- company

    record CompanyFigures(String startDate, String endDate, int customersHelped, int closed, int totalReplies,
                          int totalUsers, long totalDays, double repliesPerDayPerUser, double repliesPerDay,
                          double resolvedPerDay) {
        static CompanyFigures of(Totals t) {
            return new CompanyFigures(date(t.period().start()), date(t.period().end()), t.customersHelped(),
                    t.closed(), t.totalReplies(), t.totalUsers(), t.days(), t.repliesPerDayPerUser(),
                    t.repliesPerDay(), t.resolvedPerDay());
        }
    }

    record CompanyUser(int customersHelped, double happinessScore, Integer previousCustomersHelped, Integer replies,
                       String name, Double previousHappinessScore, Integer previousReplies, String user,
                       Double previousHandleTime, double handleTime) {
    }

    record Company(List<FilterTag> filterTags, CompanyFigures current,
                   @JsonInclude(JsonInclude.Include.NON_NULL) CompanyFigures previous,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas, List<CompanyUser> users) {
    }

    static Company company(List<FilterTag> tags, Reports.Company r) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas(r.current(), r.previous())
                .add("customersHelped", Totals::customersHelped)
                .add("totalReplies", Totals::totalReplies)
                .add("repliesPerDay", Totals::repliesPerDay)
                .add("closed", Totals::closed)
                .add("totalUsers", Totals::totalUsers)
                .add("repliesPerDayPerUser", Totals::repliesPerDayPerUser).map();
        List<CompanyUser> users = r.users().stream().map(u -> new CompanyUser(u.current().customersHelped(),
                u.current().happinessScore(), u.previous() == null ? null : u.previous().customersHelped(),
                u.current().totalReplies(), u.name(), u.previous() == null ? null : u.previous().happinessScore(),
                u.previous() == null ? null : u.previous().totalReplies(), Long.toString(u.userId()),
                u.previous() == null ? null : 0.0, 0.0)).toList();
        return new Company(tags, CompanyFigures.of(r.current()),
                r.previous() == null ? null : CompanyFigures.of(r.previous()), deltas, users);
    }

    // ---- conversations

    record ConversationFigures(String startDate, String endDate, int totalConversations, int conversationsCreated,
                               int newConversations, int customers, double conversationsPerDay) {
        static ConversationFigures of(Totals t) {
            return new ConversationFigures(date(t.period().start()), date(t.period().end()), t.totalConversations(),
                    t.conversationsCreated(), t.conversationsCreated(), t.customers(), Figures.round(
                            t.conversationsPerDay()));
        }
    }

    record BusySlot(int day, int hour, int count) {
        static BusySlot of(Reports.BusySlot s) {
            return s == null ? null : new BusySlot(s.day(), s.hour(), s.count());
        }
    }

    record TopItem(String name, long id, int count, int previousCount, double percent, double previousPercent,
                   double deltaPercent) {
    }

    record TopList(int count, List<TopItem> top) {
    }

    record ReplyItem(String name, long id, long mailboxId, int count, int previousCount, double percent,
                     double previousPercent, double deltaPercent) {
    }

    record ReplyList(int count, List<ReplyItem> top) {
    }

    /**
     * {@code replies} (saved replies) also as {@code top}: the 1.0 docs name the list so, the Java SDK reads
     * {@code replies}. {@code workflows}: the workflows run in the period, by their runs.
     */
    record Conversations(List<FilterTag> filterTags, BusySlot busiestDay, Integer busyTimeStart,
                         Integer busyTimeEnd, ConversationFigures current,
                         @JsonInclude(JsonInclude.Include.NON_NULL) ConversationFigures previous,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas,
                         TopList customers, TopList tags, ReplyList replies, ReplyList top, TopList workflows) {
    }

    static Conversations conversations(List<FilterTag> tags, Reports.Conversations r, ConversationLists lists) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas(r.current(), r.previous())
                .add("newConversations", Totals::conversationsCreated)
                .add("totalConversations", Totals::totalConversations)
                .add("customers", Totals::customers)
                .add("conversationsCreated", Totals::conversationsCreated)
                .add("conversationsPerDay", Totals::conversationsPerDay).map();
        List<TopItem> top = r.customers().stream().map(c -> new TopItem(c.name(), c.id(), c.count(),
                c.previousCount(), c.percent(), c.previousPercent(), Figures.round(c.percent()
                        - c.previousPercent()))).toList();
        return new Conversations(tags, BusySlot.of(r.busiestDay()), r.busyTimeStart(), r.busyTimeEnd(),
                ConversationFigures.of(r.current()),
                r.previous() == null ? null : ConversationFigures.of(r.previous()), deltas,
                new TopList(r.customersCount(), top), new TopList(lists.tagsCount(), lists.tags().stream()
                        .map(ReportBodies::topItem).toList()), replies(lists), replies(lists),
                new TopList(lists.workflowsCount(), lists.workflows().stream().map(ReportBodies::topItem).toList()));
    }

    private static TopItem topItem(Reports.Top t) {
        return new TopItem(t.name(), t.id(), t.count(), t.previousCount(), t.percent(), t.previousPercent(),
                Figures.round(t.percent() - t.previousPercent()));
    }

    private static ReplyList replies(ConversationLists lists) {
        return new ReplyList(lists.savedRepliesCount(), lists.savedReplies().stream().map(r -> new ReplyItem(
                r.top().name(), r.top().id(), r.mailboxId(), r.top().count(), r.top().previousCount(),
                r.top().percent(), r.top().previousPercent(), Figures.round(r.top().percent()
                - r.top().previousPercent()))).toList());
    }

    // ---- productivity

    record ProductivityFigures(String startDate, String endDate, int totalConversations, Double resolutionTime,
                               Double repliesToResolve, Double responseTime, Double firstResponseTime, int resolved,
                               int resolvedOnFirstReply, int closed, int repliesSent, int handleTime,
                               double percentResolvedOnFirstReply) {
        static ProductivityFigures of(Totals t) {
            return new ProductivityFigures(date(t.period().start()), date(t.period().end()),
                    t.totalConversations(), t.resolutionTime(), t.repliesToResolve(), t.responseTime(),
                    t.firstResponseTime(), t.resolved(), t.resolvedOnFirstReply(), t.closed(), t.totalReplies(), 0,
                    t.percentResolvedOnFirstReply());
        }
    }

    record Range(int id, int count, int previousCount, double percent, double previousPercent) {
    }

    record Distribution(int count, int previousCount, List<Range> ranges) {
        static Distribution of(Reports.Distribution d) {
            return new Distribution(d.count(), d.previousCount(), d.ranges().stream().map(r -> new Range(r.id(),
                    r.count(), r.previousCount(), r.percent(), r.previousPercent())).toList());
        }
    }

    record Productivity(List<FilterTag> filterTags, ProductivityFigures current,
                        @JsonInclude(JsonInclude.Include.NON_NULL) ProductivityFigures previous,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas,
                        Distribution responseTime, Distribution firstResponseTime, Distribution handleTime,
                        Distribution repliesToResolve) {
    }

    static Productivity productivity(List<FilterTag> tags, Reports.Productivity r) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas(r.current(), r.previous())
                .add("firstResponseTime", Totals::firstResponseTime)
                .add("repliesSent", Totals::totalReplies)
                .add("responseTime", Totals::responseTime)
                .add("totalConversations", Totals::totalConversations)
                .add("repliesToResolve", Totals::repliesToResolve)
                .add("closed", Totals::closed)
                .add("resolvedOnFirstReply", Totals::resolvedOnFirstReply)
                .add("resolutionTime", Totals::resolutionTime)
                .add("resolved", Totals::resolved)
                .add("handleTime", t -> 0).map();
        return new Productivity(tags, ProductivityFigures.of(r.current()),
                r.previous() == null ? null : ProductivityFigures.of(r.previous()), deltas,
                Distribution.of(r.responseTime()), Distribution.of(r.firstResponseTime()),
                new Distribution(0, 0, List.of()), Distribution.of(r.repliesToResolve()));
    }

    // ---- happiness

    record HappinessFigures(double ratingsPercent, double okay, double great, double happinessScore, int okayCount,
                            int totalCustomersWithRatings, int notGoodCount, int ratingsCount, double notGood,
                            int greatCount, int totalCustomers) {
        static HappinessFigures of(Totals t) {
            return new HappinessFigures(t.ratingsPercent(), t.okay(), t.great(), t.happinessScore(), t.okayCount(),
                    t.totalCustomersWithRatings(), t.notGoodCount(), t.ratingsCount(), t.notGood(), t.greatCount(),
                    t.totalCustomers());
        }
    }

    record Happiness(List<FilterTag> filterTags, HappinessFigures current,
                     @JsonInclude(JsonInclude.Include.NON_NULL) HappinessFigures previous,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas) {
    }

    static Happiness happiness(List<FilterTag> tags, Reports.Overall r) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas(r.current(), r.previous())
                .add("okay", Totals::okay)
                .add("notGoodCount", Totals::notGoodCount)
                .add("happinessScore", Totals::happinessScore)
                .add("notGood", Totals::notGood)
                .add("great", Totals::great)
                .add("greatCount", Totals::greatCount)
                .add("okayCount", Totals::okayCount).map();
        return new Happiness(tags, HappinessFigures.of(r.current()),
                r.previous() == null ? null : HappinessFigures.of(r.previous()), deltas);
    }

    // ---- ratings list (helpscout-more.md §10.5): plain JSON, no links

    record RatingRow(long number, Long threadid, String threadCreatedAt, long id, String type, int ratingId,
                     Long ratingCustomerId, String ratingComments, String ratingCreatedAt, String ratingCustomerName,
                     Long ratingUserId, String ratingUserName) {
    }

    record Ratings(Map<String, Object> facets, List<RatingRow> results, int page, int pages, int count) {
    }

    static Ratings ratings(Reports.Ratings r) {
        return new Ratings(Map.of(), r.results().stream().map(x -> new RatingRow(x.number(), x.threadId(),
                date(x.threadCreatedAt()), x.conversationId(), x.type(), x.level().number(), x.customerId(),
                x.comments(), date(x.createdAt()), x.customerName(), x.userId(), x.userName())).toList(), r.page(),
                r.pages(), r.count());
    }

    // ---- user

    record UserInfo(String createdAt, String photoUrl, boolean hasPhoto, String name, int totalCustomersHelped,
                    long id) {
    }

    record UserFigures(String startDate, String endDate, long totalDays, int resolved, int conversationsCreated,
                       int closed, int totalReplies, int resolvedOnFirstReply, double percentResolvedOnFirstReply,
                       Double repliesToResolve, int handleTime, double happinessScore, Double responseTime,
                       Double resolutionTime, double repliesPerDay, int customersHelped, int totalConversations,
                       double conversationsPerDay, Integer busiestDay) {
        static UserFigures of(Totals t) {
            return new UserFigures(date(t.period().start()), date(t.period().end()), t.days(), t.resolved(),
                    t.conversationsCreated(), t.closed(), t.totalReplies(), t.resolvedOnFirstReply(),
                    t.percentResolvedOnFirstReply(), t.repliesToResolve(), 0, t.happinessScore(), t.responseTime(),
                    t.resolutionTime(), Figures.round(t.repliesPerDay()), t.customersHelped(),
                    t.totalConversations(), Figures.round(t.conversationsPerDay()), t.busiestDay());
        }
    }

    record User(List<FilterTag> filterTags, UserInfo user, UserFigures current,
                @JsonInclude(JsonInclude.Include.NON_NULL) UserFigures previous,
                @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas) {
    }

    static User user(List<FilterTag> tags, Reports.User r) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas(r.current(), r.previous())
                .add("totalConversations", Totals::totalConversations)
                .add("customersHelped", Totals::customersHelped)
                .add("happinessScore", Totals::happinessScore)
                .add("repliesPerDay", Totals::repliesPerDay)
                .add("resolvedOnFirstReply", Totals::resolvedOnFirstReply)
                .add("handleTime", t -> 0)
                .add("conversationsPerDay", Totals::conversationsPerDay)
                .add("resolved", Totals::resolved)
                .add("repliesToResolve", Totals::repliesToResolve)
                .add("activeConversations", Totals::totalConversations)
                .add("totalReplies", Totals::totalReplies)
                .add("closed", Totals::closed)
                .add("responseTime", Totals::responseTime)
                .add("resolutionTime", Totals::resolutionTime)
                .add("conversationsCreated", Totals::conversationsCreated).map();
        return new User(tags, new UserInfo(date(r.createdAt()), null, false, r.name(), r.totalCustomersHelped(),
                r.id()), UserFigures.of(r.current()), r.previous() == null ? null : UserFigures.of(r.previous()),
                deltas);
    }

    // ---- series

    record Point(String date, Object value) {
    }

    /** A series' points as {@code {"date": …, "<key>": value}}; received messages name the date {@code start}. */
    static Map<String, List<Map<String, Object>>> series(Reports.Series s, String dateKey, String valueKey,
                                                         boolean integer) {
        Map<String, List<Map<String, Object>>> body = new LinkedHashMap<>();
        body.put("current", points(s.current(), dateKey, valueKey, integer));
        if (s.previous() != null) {
            body.put("previous", points(s.previous(), dateKey, valueKey, integer));
        }
        return body;
    }

    private static List<Map<String, Object>> points(List<Reports.Point> points, String dateKey, String valueKey,
                                                    boolean integer) {
        return points.stream().map(p -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put(dateKey, date(p.date()));
            point.put(valueKey, p.value() == null ? null : integer ? (Object) p.value().intValue() : p.value());
            return point;
        }).toList();
    }

    record ChannelPoint(String date, int chat, int email, int phone) {
    }

    record Channels(List<ChannelPoint> current, @JsonInclude(JsonInclude.Include.NON_NULL) List<ChannelPoint> previous) {
    }

    static Channels channels(Reports.Channels c) {
        Function<List<Reports.ChannelPoint>, List<ChannelPoint>> points = list -> list == null ? null
                : list.stream().map(p -> new ChannelPoint(date(p.date()), p.chat(), p.email(), p.phone())).toList();
        return new Channels(points.apply(c.current()), points.apply(c.previous()));
    }

    // ---- shared

    static String date(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The percent change of each figure named, in the order named. */
    private static final class Deltas {
        private final Totals current;
        private final Totals previous;
        private final Map<String, Double> deltas = new LinkedHashMap<>();

        Deltas(Totals current, Totals previous) {
            this.current = current;
            this.previous = previous;
        }

        Deltas add(String key, Function<Totals, Number> figure) {
            deltas.put(key, Figures.delta(figure.apply(current), figure.apply(previous)));
            return this;
        }

        Map<String, Double> map() {
            return deltas;
        }
    }
}
