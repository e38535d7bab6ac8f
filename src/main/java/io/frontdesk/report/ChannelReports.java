package io.frontdesk.report;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Help Scout's channel reports: a channel is a conversation type ({@code chat}, {@code email}, {@code phone}). The
 * email and phone reports are the usual figures of that type's conversations; the chat report counts chats, as
 * {@link ChatFigures} says, from the same facts.
 */
final class ChannelReports {

    private final ReportStore store;

    ChannelReports(ReportStore store) {
        this.store = store;
    }

    /** The query, for conversations of one type only (the channel reports take no {@code types}). */
    static ReportQuery only(ReportQuery q, String type) {
        return new ReportQuery(q.current(), q.previous(), q.filter().withTypes(Set.of(type)), q.officeHours(),
                q.viewBy(), q.user());
    }

    /** The chat figures of the query's periods; {@code users} null for everyone. */
    ChatReport chat(long accountId, ReportQuery q, Set<Long> users) {
        ReportQuery chats = only(q, "chat");
        ReportSettings settings = store.settings(accountId).orElse(ReportSettings.DEFAULT);
        Figures figures = new Figures(settings, q.officeHours());
        return new ChatReport(figures(accountId, chats, chats.current(), users, figures),
                chats.previous() == null ? null : figures(accountId, chats, chats.previous(), users, figures));
    }

    private ChatFigures figures(long accountId, ReportQuery q, ReportPeriod period, Set<Long> users, Figures figures) {
        List<ReportFact> facts = store.facts(accountId, EnumSet.allOf(FactKind.class), period.start(), period.end(),
                q.filter());
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
