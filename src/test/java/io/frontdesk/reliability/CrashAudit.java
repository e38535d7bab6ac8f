package io.frontdesk.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.ChildServer;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads every write of the {@link Ledger} back through the API of a restarted node and lists what is missing or
 * different. An empty list means every answered write survived with its data.
 */
final class CrashAudit {

    private final Client v2;
    private final Client hc;
    private final List<String> problems = new ArrayList<>();

    private CrashAudit(ChildServer node) {
        this.v2 = node.v2();
        this.hc = node.hc();
    }

    static List<String> check(ChildServer node, Ledger ledger) {
        CrashAudit audit = new CrashAudit(node);
        ledger.v2Customers.values().forEach(audit::v2Customer);
        ledger.hcCustomers.values().forEach(audit::hcCustomer);
        ledger.conversations.values().forEach(audit::conversation);
        ledger.deleted.forEach(audit::deleted);
        return audit.problems;
    }

    private void v2Customer(Ledger.V2Customer expected) {
        Response response = v2.get("/v2/customers/" + expected.id());
        if (response.status() != 200) {
            problems.add("2.0 customer " + expected.id() + " (" + expected.firstName() + "): " + response);
            return;
        }
        JsonNode customer = response.json();
        if (!expected.firstName().equals(customer.path("firstName").asText())) {
            problems.add("2.0 customer " + expected.id() + ": firstName " + customer.path("firstName"));
        }
        Set<String> emails = values(customer.at("/_embedded/emails"));
        Set<String> phones = values(customer.at("/_embedded/phones"));
        missing("2.0 customer " + expected.id() + " email", emails, List.of(expected.email()));
        missing("2.0 customer " + expected.id() + " added email", emails, expected.addedEmails());
        missing("2.0 customer " + expected.id() + " phone", phones, List.of(expected.phone()));
        missing("2.0 customer " + expected.id() + " patched phone", phones, expected.addedPhones());
    }

    private void hcCustomer(Ledger.HcCustomer expected) {
        Response response = hc.get("/customers/" + expected.id());
        if (response.status() != 200) {
            problems.add("HelpCrunch customer " + expected.id() + " (" + expected.userId() + "): " + response);
            return;
        }
        JsonNode customer = response.json();
        if (!expected.userId().equals(customer.path("userId").asText())
                || !expected.email().equals(customer.path("email").asText())) {
            problems.add("HelpCrunch customer " + expected.id() + ": " + customer);
        }
        Set<String> tags = new HashSet<>();
        customer.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        missing("HelpCrunch customer " + expected.id() + " tag", tags, List.of("crash"));
        missing("HelpCrunch customer " + expected.id() + " added tag", tags, expected.addedTags());
    }

    private void conversation(Ledger.Conversation expected) {
        Response response = v2.get("/v2/conversations/" + expected.id() + "?embed=threads");
        if (response.status() != 200) {
            problems.add("conversation " + expected.id() + " (" + expected.subject() + "): " + response);
            return;
        }
        JsonNode conversation = response.json();
        if (!expected.subject().equals(conversation.path("subject").asText())) {
            problems.add("conversation " + expected.id() + ": subject " + conversation.path("subject"));
        }
        Set<String> bodies = new HashSet<>();
        JsonNode threads = conversation.at("/_embedded/threads");
        threads.forEach(thread -> bodies.add(thread.path("body").asText()));
        List<String> created = new ArrayList<>();
        for (int n = 1; n <= CrashLoad.THREADS; n++) {
            created.add(expected.subject() + " message " + n);
        }
        missing("conversation " + expected.id() + " thread", bodies, created);
        missing("conversation " + expected.id() + " note", bodies, expected.addedNotes());
        // Notes whose answer was cut off may be there too, but no more than were sent.
        int most = CrashLoad.THREADS + expected.attemptedNotes().get();
        if (threads.size() < CrashLoad.THREADS + expected.addedNotes().size() || threads.size() > most) {
            problems.add("conversation " + expected.id() + ": " + threads.size() + " threads, expected "
                    + (CrashLoad.THREADS + expected.addedNotes().size()) + ".." + most);
        }
    }

    private void deleted(long id) {
        Response response = v2.get("/v2/customers/" + id);
        if (response.status() != 404) {
            problems.add("customer " + id + " was deleted (202) but reads as " + response);
        }
    }

    private void missing(String what, Set<String> present, Iterable<String> expected) {
        for (String value : expected) {
            if (!present.contains(value)) {
                problems.add(what + " '" + value + "' is missing (has " + present + ")");
            }
        }
    }

    private static Set<String> values(JsonNode entries) {
        Set<String> values = new HashSet<>();
        entries.forEach(entry -> values.add(entry.path("value").asText()));
        return values;
    }
}
