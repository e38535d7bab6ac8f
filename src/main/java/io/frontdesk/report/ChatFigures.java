package io.frontdesk.report;

/**
 * The chat report's figures of one period (docs/reports.md "Chat, email and phone"): the chats created in it (for a
 * user: those of them the user answered), and how they went. Durations in seconds, null with nothing to average.
 *
 * @param completed       chats that got a reply in the period
 * @param messagesPerChat customer messages and replies in the period per chat; 0 without chats
 * @param waitTime        average wait for a chat's first reply
 * @param responseTime    average wait for each reply that answered a waiting customer
 * @param duration        average time from a chat's start to its close, over the chats closed in the period
 */
public record ChatFigures(ReportPeriod period, long days, int chats, int completed, double messagesPerChat,
                          Double waitTime, Double responseTime, Double duration) {

    public int missed() {
        return chats - completed;
    }

    public double chatsPerDay() {
        return Figures.round((double) chats / days);
    }
}
