package io.frontdesk.reliability;

import io.frontdesk.testing.ChildServer;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;

import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent clients writing through the kinds of request that matter for crash safety: creates of whole entities
 * (2.0 and HelpCrunch customers with entries, conversations with threads), additions to existing ones (entries, notes,
 * tags), creates the server must refuse halfway (a second email that another customer owns) and async deletes (a
 * durable job), each client cycling through them until stopped. Every answer is written to the {@link Ledger}.
 */
final class CrashLoad {

    /** Threads in each conversation the load creates. */
    static final int THREADS = 3;
    private static final int OPERATIONS = 9;

    /** Keeps this load's markers (emails, names) apart from an earlier load's on the same data. */
    private final String prefix;
    private final Ledger ledger;
    private final Client v2;
    private final Client hc;
    private final long mailboxId;
    private final ExecutorService pool;
    private final AtomicInteger started = new AtomicInteger();
    private volatile boolean stopping;

    private CrashLoad(String prefix, Ledger ledger, Client v2, Client hc, long mailboxId, int clients) {
        this.prefix = prefix;
        this.ledger = ledger;
        this.v2 = v2;
        this.hc = hc;
        this.mailboxId = mailboxId;
        this.pool = Executors.newFixedThreadPool(clients);
    }

    /** Starts {@code clients} threads writing to {@code node}; {@code prefix} makes every marker unique. */
    static CrashLoad start(String prefix, ChildServer node, Ledger ledger, int clients) {
        Client v2 = node.v2();
        Response mailboxes = v2.get("/v2/mailboxes");
        long mailboxId = mailboxes.json().at("/_embedded/mailboxes/0/id").asLong();
        CrashLoad load = new CrashLoad(prefix, ledger, v2, node.hc(), mailboxId, clients);
        for (int i = 0; i < clients; i++) {
            int client = i;
            load.pool.execute(() -> load.run(client));
        }
        return load;
    }

    /** Stops the clients and waits (bounded) until each has finished its request in hand. */
    void stop() throws InterruptedException {
        stopping = true;
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("load clients did not stop");
        }
    }

    private void run(int client) {
        for (int i = 0; !stopping; i++) {
            String marker = prefix + "c" + client + "-" + i;
            try {
                step(i % OPERATIONS, marker);
            } catch (UncheckedIOException e) {
                // The kill cut the connection (or the node is gone): the write may or may not have committed.
                ledger.cutOff.incrementAndGet();
            }
            started.incrementAndGet();
        }
    }

    private void step(int operation, String marker) {
        switch (operation) {
            case 0 -> v2Customer(marker);
            case 1 -> hcCustomer(marker);
            case 2 -> conversation(marker);
            case 3 -> addEmail(marker);
            case 4 -> patchPhone(marker);
            case 5 -> note(marker);
            case 6 -> tag(marker);
            case 7 -> refusedCreate(marker);
            default -> asyncDelete(marker);
        }
    }

    private void v2Customer(String marker) {
        String email = "v2-" + marker + "@crash.test";
        String phone = "555-" + marker;
        Response response = send(() -> v2.post("/v2/customers", "{\"firstName\":\"v2-" + marker + "\",\"lastName\":"
                + "\"Crash\",\"emails\":[{\"type\":\"work\",\"value\":\"" + email + "\"}],\"phones\":[{\"type\":"
                + "\"work\",\"value\":\"" + phone + "\"}]}"));
        if (expect(response, 201, marker)) {
            long id = Long.parseLong(response.header("Resource-ID"));
            ledger.v2Customers.put(id, new Ledger.V2Customer(id, "v2-" + marker, email, phone,
                    new ConcurrentLinkedQueue<>(),
                    new ConcurrentLinkedQueue<>()));
        }
    }

    private void hcCustomer(String marker) {
        String email = "hc-" + marker + "@crash.test";
        Response response = send(() -> hc.post("/customers", "{\"name\":\"hc-" + marker + "\",\"email\":\"" + email
                + "\",\"userId\":\"hc-" + marker + "\",\"tags\":[{\"name\":\"crash\"}]}"));
        if (expect(response, 201, marker)) {
            long id = response.json().get("id").asLong();
            ledger.hcCustomers.put(id, new Ledger.HcCustomer(id, "hc-" + marker, email,
                    new ConcurrentLinkedQueue<>()));
        }
    }

    private void conversation(String marker) {
        StringBuilder threads = new StringBuilder("[");
        for (int n = THREADS; n >= 1; n--) {
            threads.append(n == THREADS ? "" : ",").append("{\"type\":\"customer\",\"text\":\"conv-").append(marker)
                    .append(" message ").append(n).append("\"}");
        }
        threads.append(']');
        Response response = send(() -> v2.post("/v2/conversations", "{\"subject\":\"conv-" + marker + "\",\"type\":"
                + "\"email\",\"mailboxId\":" + mailboxId + ",\"status\":\"active\",\"customer\":{\"email\":\"conv-"
                + marker + "@crash.test\"},\"threads\":" + threads + "}"));
        if (expect(response, 201, marker)) {
            long id = Long.parseLong(response.header("Resource-ID"));
            ledger.conversations.put(id, new Ledger.Conversation(id, "conv-" + marker,
                    new ConcurrentLinkedQueue<>(), new AtomicInteger()));
        }
    }

    private void addEmail(String marker) {
        Ledger.V2Customer customer = ledger.any(ledger.v2Customers);
        if (customer == null) {
            v2Customer(marker);
            return;
        }
        String email = "add-" + marker + "@crash.test";
        Response response = send(() -> v2.post("/v2/customers/" + customer.id() + "/emails",
                "{\"type\":\"other\",\"value\":\"" + email + "\"}"));
        if (expect(response, 201, marker)) {
            customer.addedEmails().add(email);
        }
    }

    private void patchPhone(String marker) {
        Ledger.V2Customer customer = ledger.any(ledger.v2Customers);
        if (customer == null) {
            v2Customer(marker);
            return;
        }
        String phone = "patch-" + marker;
        Response response = send(() -> v2.patch("/v2/customers/" + customer.id(),
                "[{\"op\":\"add\",\"path\":\"/phones\",\"value\":{\"type\":\"home\",\"value\":\"" + phone + "\"}}]"));
        if (expect(response, 204, marker)) {
            customer.addedPhones().add(phone);
        }
    }

    private void note(String marker) {
        Ledger.Conversation conversation = ledger.any(ledger.conversations);
        if (conversation == null) {
            conversation(marker);
            return;
        }
        String text = "note-" + marker;
        conversation.attemptedNotes().incrementAndGet();
        Response response = send(() -> v2.post("/v2/conversations/" + conversation.id() + "/notes",
                "{\"text\":\"" + text + "\"}"));
        if (expect(response, 201, marker)) {
            conversation.addedNotes().add(text);
        }
    }

    private void tag(String marker) {
        Ledger.HcCustomer customer = ledger.any(ledger.hcCustomers);
        if (customer == null) {
            hcCustomer(marker);
            return;
        }
        String tag = "t-" + marker;
        Response response = send(() -> hc.put("/customers/" + customer.id() + "/tags",
                "{\"tags\":[{\"name\":\"" + tag + "\"}]}"));
        if (expect(response, 200, marker)) {
            customer.addedTags().add(tag);
        }
    }

    /** A create whose second email belongs to another customer: refused after the customer row was inserted. */
    private void refusedCreate(String marker) {
        Ledger.V2Customer owner = ledger.any(ledger.v2Customers);
        if (owner == null) {
            v2Customer(marker);
            return;
        }
        Response response = send(() -> v2.post("/v2/customers", "{\"firstName\":\"bad-" + marker + "\",\"emails\":"
                + "[{\"value\":\"bad-" + marker + "@crash.test\"},{\"value\":\"" + owner.email() + "\"}]}"));
        if (response.status() == 409) {
            ledger.refusedMarkers.add("bad-" + marker);
        } else {
            ledger.unexpected.add("refused create " + marker + ": " + response);
        }
    }

    /** A customer of its own (no other client picks it), deleted in the background right after it was created. */
    private void asyncDelete(String marker) {
        Response created = send(() -> v2.post("/v2/customers", "{\"firstName\":\"del-" + marker + "\",\"emails\":"
                + "[{\"value\":\"del-" + marker + "@crash.test\"}]}"));
        if (!expect(created, 201, marker)) {
            return;
        }
        long id = Long.parseLong(created.header("Resource-ID"));
        Response deleted = send(() -> v2.delete("/v2/customers/" + id + "?async=true"));
        if (expect(deleted, 202, marker)) {
            ledger.deleted.add(id);
        }
    }

    private Response send(Supplier<Response> request) {
        ledger.inFlight.incrementAndGet();
        try {
            return request.get();
        } finally {
            ledger.inFlight.decrementAndGet();
        }
    }

    private boolean expect(Response response, int status, String marker) {
        if (response.status() == status) {
            ledger.acknowledged.incrementAndGet();
            return true;
        }
        ledger.unexpected.add(marker + ": expected " + status + ", got " + response);
        return false;
    }

    /** Requests finished so far, acknowledged or not. */
    int requests() {
        return started.get();
    }
}
