package io.frontdesk.report;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chat report as it was computed before it was counted in the database: every fact of the period read into
 * memory and counted here. Kept as the oracle the database's counts are compared with ({@link ChatCountsTest}).
 */
final class ChatOracle {

    private ChatOracle() {
    }

    /** The chat figures of the period, from every fact of it, for {@code users} (null: everyone). */
    static ChatFigures figures(ReportStore store, long accountId, ReportFilter filter, ReportPeriod period,
                               Set<Long> users, Figures figures) {
        List<ReportFact> facts = store.facts(accountId, EnumSet.allOf(FactKind.class), period.start(), period.end(),
                filter);
        Set<Long> created = new LinkedHashSet<>();
        Set<Long> answered = new HashSet<>();
        Set<Long> answeredByUsers = new HashSet<>();
        Map<Long, Integer> messages = new HashMap<>();
        Map<Long, ReportFact> lastClose = new HashMap<>();
        for (ReportFact f : facts) {
            switch (f.kind()) {
                case CREATED -> created.add(f.conversationId());
                case CUSTOMER_MESSAGE -> messages.merge(f.conversationId(), 1, Integer::sum);
                case REPLY -> {
                    messages.merge(f.conversationId(), 1, Integer::sum);
                    answered.add(f.conversationId());
                    if (mine(f, users)) {
                        answeredByUsers.add(f.conversationId());
                    }
                }
                case CLOSED -> lastClose.put(f.conversationId(), f);
                default -> {
                }
            }
        }
        Set<Long> chats = new LinkedHashSet<>(created);
        if (users != null) {
            chats.retainAll(answeredByUsers);
        }
        Average wait = new Average();
        Average response = new Average();
        for (ReportFact f : facts) {
            if (f.kind() == FactKind.REPLY && f.since() != null && chats.contains(f.conversationId())
                    && mine(f, users)) {
                double seconds = figures.seconds(f.since(), f.at());
                response.add(seconds);
                if (f.firstReply()) {
                    wait.add(seconds);
                }
            }
        }
        Average duration = new Average();
        int completed = 0;
        int sent = 0;
        for (long chat : chats) {
            if (answered.contains(chat)) {
                completed++;
            }
            sent += messages.getOrDefault(chat, 0);
            ReportFact close = lastClose.get(chat);
            if (close != null && close.since() != null) {
                duration.add(figures.seconds(close.since(), close.at()));
            }
        }
        return new ChatFigures(period, period.days(), chats.size(), completed,
                chats.isEmpty() ? 0.0 : Figures.round((double) sent / chats.size()), wait.value(), response.value(),
                duration.value());
    }

    private static boolean mine(ReportFact f, Set<Long> users) {
        return users == null || f.userId() != null && users.contains(f.userId());
    }

    private static final class Average {
        private double sum;
        private int count;

        void add(double value) {
            sum += value;
            count++;
        }

        Double value() {
            return count == 0 ? null : Figures.round(sum / count);
        }
    }
}
