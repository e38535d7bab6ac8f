package io.frontdesk.report;

import java.time.Instant;
import java.util.List;

/** The reports' results, as the core computes them; each dialect renders its own shapes from these. */
public final class Reports {

    private Reports() {
    }

    /** A period's figures and, when asked for, the previous period's. */
    public record Overall(Totals current, Totals previous) {
    }

    /** A user's line of the company report. */
    public record UserLine(long userId, String name, Totals current, Totals previous) {
    }

    public record Company(Totals current, Totals previous, List<UserLine> users) {
    }

    /** A weekday (Monday 1 … Sunday 7) and hour (0-23) of the account's time zone, and what happened in it. */
    public record BusySlot(int day, int hour, int count) {
    }

    /** Someone or something that counted, with its count now and in the previous period. */
    public record Top(long id, String name, int count, int previousCount, double percent, double previousPercent) {
    }

    /**
     * @param busiestDay    the weekday with the most new conversations (hour 0), null without any
     * @param busyTimeStart the first hour of the two-hour window of the day with the most new conversations
     */
    public record Conversations(Totals current, Totals previous, BusySlot busiestDay, Integer busyTimeStart,
                                Integer busyTimeEnd, int customersCount, List<Top> customers) {
    }

    /** One bucket of a series; {@code value} null for an average with nothing to average. */
    public record Point(Instant date, Double value) {
    }

    public record Series(List<Point> current, List<Point> previous) {
    }

    public record ChannelPoint(Instant date, int chat, int email, int phone) {
    }

    public record Channels(List<ChannelPoint> current, List<ChannelPoint> previous) {
    }

    /** How many of the period's items fell in a range (helpscout-more.md §10.4 range ids). */
    public record Range(int id, int count, int previousCount, double percent, double previousPercent) {
    }

    public record Distribution(int count, int previousCount, List<Range> ranges) {
    }

    public record Productivity(Totals current, Totals previous, Distribution responseTime,
                               Distribution firstResponseTime, Distribution repliesToResolve) {
    }

    /** A rating as the ratings list shows it: the rated reply, its author, the customer. */
    public record Rating(long conversationId, long number, String type, Long threadId, Instant threadCreatedAt,
                         RatingLevel level, Long customerId, String customerName, String comments, Instant createdAt,
                         Long userId, String userName) {
    }

    public record Ratings(List<Rating> results, int page, int pages, int count) {
    }

    /** A user (or a team: its name, its members' figures). */
    public record User(long id, String name, Instant createdAt, int totalCustomersHelped, Totals current,
                       Totals previous) {
    }
}
