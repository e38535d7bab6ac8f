package io.frontdesk.admin;

import io.frontdesk.account.Principal;
import io.frontdesk.web.BodyLimit;
import io.frontdesk.web.Dialect;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The vendor API requests this node answered, newest last, bounded in memory (the oldest go first). Secrets are
 * redacted before an entry is kept (Redaction), so nothing the admin API shows can hold a tenant's credential.
 */
final class RequestJournal {

    /** Characters of a body kept; the rest is cut and the entry says so. */
    static final int BODY_LIMIT = 16 * 1024;

    private final int capacity;
    private final Clock clock;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private long sequence;

    RequestJournal(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Records one answered request of a vendor dialect; admin, health and unknown roots are not journaled. */
    void record(Context ctx, Float millis, List<Dialect> dialects) {
        if (capacity == 0) {
            return;
        }
        Dialect dialect = FaultFilter.dialectOf(dialects, ctx.path());
        if (dialect == null) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : ctx.headerMap().keySet()) {
            headers.put(name, Redaction.header(name, ctx.header(name)));
        }
        String body = null;
        boolean truncated = false;
        byte[] bytes = ctx.attribute(BodyLimit.READ_BODY);
        String text = bytes != null ? new String(bytes, StandardCharsets.UTF_8) : formBody(ctx);
        if (text != null && !text.isEmpty()) {
            truncated = text.length() > BODY_LIMIT;
            body = Redaction.body(ctx.contentType(), truncated ? text.substring(0, BODY_LIMIT) : text);
        }
        Principal principal = Requests.principalOrNull(ctx);
        JournalEntry entry;
        synchronized (this) {
            entry = new JournalEntry(++sequence, clock.instant(), dialect.name(), ctx.method().name(), ctx.path(),
                    Redaction.parameters(ctx.queryString()), headers, body, truncated, ctx.statusCode(),
                    millis == null ? 0 : Math.round(millis * 10.0) / 10.0,
                    principal == null ? null : principal.accountId());
            entries.addLast(entry);
            while (entries.size() > capacity) {
                entries.removeFirst();
            }
        }
    }

    /** A form body Javalin already read for the handler (the token endpoint); other bodies are not read here. */
    private static String formBody(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        try {
            return ctx.body();
        } catch (RuntimeException e) {
            return null;
        }
    }

    synchronized List<JournalEntry> list(Predicate<JournalEntry> filter, int limit) {
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (filter.test(e)) {
                out.add(e);
            }
        }
        return out.size() > limit ? out.subList(out.size() - limit, out.size()) : out;
    }

    synchronized long count(Predicate<JournalEntry> filter) {
        return entries.stream().filter(filter).count();
    }

    synchronized int clear() {
        int n = entries.size();
        entries.clear();
        return n;
    }
}
