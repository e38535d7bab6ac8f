package io.frontdesk.helpscout.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdesk.report.ChatFigures;
import io.frontdesk.report.ChatReport;
import io.frontdesk.report.Figures;
import io.frontdesk.report.Reports;
import io.frontdesk.report.Totals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The chat, email and phone reports' bodies (helpscout-more.md §10.4) and the user chat report's: wire records from
 * the core's figures; {@code previous} and {@code deltas} only when a previous period was asked for.
 */
final class ChannelBodies {

    private ChannelBodies() {
    }

    // ---- chat

    record ChatVolume(int chatConversations, int completedChats, int missedChats, double chatsPerDay) {
    }

    record ChatResponses(Double waitTime, Double responseTime) {
    }

    record ChatResolutions(double messagesPerChat, Double duration) {
    }

    record ChatFiguresBody(String startDate, String endDate, ChatVolume volume, ChatResponses responses,
                           ChatResolutions resolutions) {
        static ChatFiguresBody of(ChatFigures c) {
            return new ChatFiguresBody(ReportBodies.date(c.period().start()), ReportBodies.date(c.period().end()),
                    new ChatVolume(c.chats(), c.completed(), c.missed(), c.chatsPerDay()),
                    new ChatResponses(c.waitTime(), c.responseTime()),
                    new ChatResolutions(c.messagesPerChat(), c.duration()));
        }
    }

    record Chat(ChatFiguresBody current, @JsonInclude(JsonInclude.Include.NON_NULL) ChatFiguresBody previous,
                @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas) {
    }

    static Chat chat(ChatReport r) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas<>(r.current(), r.previous())
                .add("chatConversations", ChatFigures::chats)
                .add("completedChats", ChatFigures::completed)
                .add("missedChats", ChatFigures::missed)
                .add("chatsPerDay", ChatFigures::chatsPerDay)
                .add("waitTime", ChatFigures::waitTime)
                .add("responseTime", ChatFigures::responseTime)
                .add("messagesPerChat", ChatFigures::messagesPerChat)
                .add("duration", ChatFigures::duration).map();
        return new Chat(ChatFiguresBody.of(r.current()), r.previous() == null ? null
                : ChatFiguresBody.of(r.previous()), deltas);
    }

    // ---- user chat (plain JSON)

    record UserChatFigures(String startDate, String endDate, long totalDays, int newConversations,
                           double messagesPerChat, Double responseTime, Double waitTime, Double duration) {
        static UserChatFigures of(ChatFigures c) {
            return new UserChatFigures(ReportBodies.date(c.period().start()), ReportBodies.date(c.period().end()),
                    c.days(), c.chats(), c.messagesPerChat(), c.responseTime(), c.waitTime(), c.duration());
        }
    }

    record UserChat(UserChatFigures current, @JsonInclude(JsonInclude.Include.NON_NULL) UserChatFigures previous,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas) {
    }

    static UserChat userChat(ChatReport r) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas<>(r.current(), r.previous())
                .add("newConversations", ChatFigures::chats)
                .add("messagesPerChat", ChatFigures::messagesPerChat)
                .add("responseTime", ChatFigures::responseTime)
                .add("waitTime", ChatFigures::waitTime)
                .add("duration", ChatFigures::duration).map();
        return new UserChat(UserChatFigures.of(r.current()), r.previous() == null ? null
                : UserChatFigures.of(r.previous()), deltas);
    }

    // ---- email

    record EmailVolume(int emailConversations, int emailsCreated, int repliesSent, int messagesReceived) {
    }

    record EmailResolutions(int resolved, int resolvedOnFirstReply, double percentResolvedOnFirstReply,
                            Double resolutionTime, Double repliesToResolve, int handleTime, int closed) {
    }

    record EmailResponses(Double responseTime, Double firstResponseTime) {
    }

    record EmailFigures(String startDate, String endDate, EmailVolume volume, EmailResolutions resolutions,
                        EmailResponses responses) {
        static EmailFigures of(Totals t) {
            return new EmailFigures(ReportBodies.date(t.period().start()), ReportBodies.date(t.period().end()),
                    new EmailVolume(t.totalConversations(), t.conversationsCreated(), t.totalReplies(),
                            t.customerMessages()),
                    new EmailResolutions(t.resolved(), t.resolvedOnFirstReply(), t.percentResolvedOnFirstReply(),
                            t.resolutionTime(), t.repliesToResolve(), 0, t.closed()),
                    new EmailResponses(t.responseTime(), t.firstResponseTime()));
        }
    }

    record Email(List<ReportBodies.FilterTag> filterTags, EmailFigures current,
                 @JsonInclude(JsonInclude.Include.NON_NULL) EmailFigures previous,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas) {
    }

    static Email email(List<ReportBodies.FilterTag> tags, Reports.Overall r) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas<>(r.current(), r.previous())
                .add("emailConversations", Totals::totalConversations)
                .add("emailsCreated", Totals::conversationsCreated)
                .add("repliesSent", Totals::totalReplies)
                .add("messagesReceived", Totals::customerMessages)
                .add("resolved", Totals::resolved)
                .add("resolvedOnFirstReply", Totals::resolvedOnFirstReply)
                .add("percentResolvedOnFirstReply", Totals::percentResolvedOnFirstReply)
                .add("resolutionTime", Totals::resolutionTime)
                .add("repliesToResolve", Totals::repliesToResolve)
                .add("handleTime", t -> 0)
                .add("closed", Totals::closed)
                .add("responseTime", Totals::responseTime)
                .add("firstResponseTime", Totals::firstResponseTime).map();
        return new Email(tags, EmailFigures.of(r.current()), r.previous() == null ? null
                : EmailFigures.of(r.previous()), deltas);
    }

    // ---- phone

    record PhoneFigures(String startDate, String endDate, int phoneConversations, int phoneCallsCreated,
                        int customers) {
        static PhoneFigures of(Totals t) {
            return new PhoneFigures(ReportBodies.date(t.period().start()), ReportBodies.date(t.period().end()),
                    t.totalConversations(), t.conversationsCreated(), t.customers());
        }
    }

    record Phone(PhoneFigures current, @JsonInclude(JsonInclude.Include.NON_NULL) PhoneFigures previous,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> deltas) {
    }

    static Phone phone(Reports.Overall r) {
        Map<String, Double> deltas = r.previous() == null ? null : new Deltas<>(r.current(), r.previous())
                .add("phoneConversations", Totals::totalConversations)
                .add("phoneCallsCreated", Totals::conversationsCreated)
                .add("customers", Totals::customers).map();
        return new Phone(PhoneFigures.of(r.current()), r.previous() == null ? null : PhoneFigures.of(r.previous()),
                deltas);
    }

    /** The percent change of each figure named, in the order named. */
    private static final class Deltas<T> {
        private final T current;
        private final T previous;
        private final Map<String, Double> deltas = new LinkedHashMap<>();

        Deltas(T current, T previous) {
            this.current = current;
            this.previous = previous;
        }

        Deltas<T> add(String key, Function<T, Number> figure) {
            deltas.put(key, Figures.delta(figure.apply(current), figure.apply(previous)));
            return this;
        }

        Map<String, Double> map() {
            return deltas;
        }
    }
}
