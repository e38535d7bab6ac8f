package io.frontdesk.helpscout.reports;

import io.frontdesk.report.DrillPage;
import io.frontdesk.report.DrillRow;
import io.frontdesk.report.HistoryPage;
import io.frontdesk.report.HistoryRow;

import java.util.List;

/**
 * The drilldowns' and the conversation history's bodies (helpscout-more.md §10.4): plain JSON; drilldown rows spell
 * {@code mailboxid} and {@code assignedid} in lower case, as Help Scout's examples and the Java SDK do.
 */
final class DrilldownBodies {

    private DrilldownBodies() {
    }

    record Tag(long id, String name, String color) {
    }

    record Row(long id, long number, String type, long mailboxid, boolean attachments, String subject,
               String status, int threadCount, String preview, String customerName, String customerEmail,
               List<Long> customerIds, String modifiedAt, Long assignedid, List<Tag> tags, String assignedName) {
        static Row of(DrillRow r) {
            return new Row(r.id(), r.number(), r.type(), r.mailboxId(), r.attachments(), r.subject(), r.status(),
                    r.threadCount(), r.preview(), r.customerName(), r.customerEmail(), List.of(r.customerId()),
                    ReportBodies.date(r.modifiedAt()), r.assignedId(), r.tags().stream()
                    .map(t -> new Tag(t.id(), t.name(), t.color())).toList(), r.assignedName());
        }
    }

    record Conversations(int pages, int page, int count, List<Row> results) {
    }

    record Drilldown(Conversations conversations) {
    }

    static Drilldown drilldown(DrillPage p) {
        return new Drilldown(new Conversations(p.pages(), p.page(), p.count(),
                p.results().stream().map(Row::of).toList()));
    }

    record Customer(long id, String name) {
    }

    record HistoryItem(long id, long number, String status, List<Customer> customers, int avgHandleTime,
                       Double firstResponseTime, int repliesSent, Double responseTime, Double resolveTime) {
    }

    record History(List<HistoryItem> results, int page, int pages, int count) {
    }

    static History history(HistoryPage p) {
        return new History(p.results().stream().map((HistoryRow r) -> new HistoryItem(r.id(), r.number(),
                r.status(), List.of(new Customer(r.customerId(), r.customerName())), 0, r.firstResponseTime(),
                r.repliesSent(), r.responseTime(), r.resolveTime())).toList(), p.page(), p.pages(), p.count());
    }
}
