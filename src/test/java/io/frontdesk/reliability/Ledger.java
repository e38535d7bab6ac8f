package io.frontdesk.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the crash load was told: every write the server answered 2xx, with the data it carried. An answer means the
 * server committed, so after a restart every entry here must be present. Writes whose answer never came (the kill
 * cut them off) are only counted: they may or may not be there, but must be whole if they are.
 */
final class Ledger {

    /** A 2.0 customer created with one email and one phone, and the entries added to it later. */
    record V2Customer(long id, String firstName, String email, String phone, Queue<String> addedEmails,
                      Queue<String> addedPhones) {
    }

    /** A HelpCrunch customer created with a userId and an email, and the tags added to it later. */
    record HcCustomer(long id, String userId, String email, Queue<String> addedTags) {
    }

    /** A conversation created with {@link CrashLoad#THREADS} threads, and the notes added to it later. */
    record Conversation(long id, String subject, Queue<String> addedNotes, AtomicInteger attemptedNotes) {
    }

    final Map<Long, V2Customer> v2Customers = new ConcurrentHashMap<>();
    final Map<Long, HcCustomer> hcCustomers = new ConcurrentHashMap<>();
    final Map<Long, Conversation> conversations = new ConcurrentHashMap<>();
    /** Customers whose `DELETE ?async=true` was answered 202: gone at once, and their job must survive the kill. */
    final Queue<Long> deleted = new ConcurrentLinkedQueue<>();
    /** Creates the server refused (409, as intended): nothing of them may exist. */
    final Queue<String> refusedMarkers = new ConcurrentLinkedQueue<>();
    /** Answers that were neither the intended success nor the intended refusal: each one is a bug. */
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger cutOff = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();

    <T> T any(Map<Long, T> written) {
        List<T> values = new ArrayList<>(written.values());
        return values.isEmpty() ? null : values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    String summary() {
        return acknowledged.get() + " writes answered 2xx (" + v2Customers.size() + " 2.0 customers, "
                + hcCustomers.size() + " HelpCrunch customers, " + conversations.size() + " conversations, "
                + deleted.size() + " async deletes, " + refusedMarkers.size() + " refused creates), " + cutOff.get()
                + " cut off";
    }
}
