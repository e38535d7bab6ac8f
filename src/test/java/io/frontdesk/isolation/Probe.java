package io.frontdesk.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one {@link Call} the way an intruder would: as tenant B with A's ids, with A's and B's ids mixed, and with
 * guessed ids, checking the status, that no other account's data comes back, and that a refusal reads the same as for
 * an id nobody has; and once as the owner of a fresh fixture, to prove the request is one that works on the owner's
 * data (otherwise B's 404 would prove nothing).
 */
final class Probe {

    /** An id no row has: the largest long. */
    private static final long NOBODYS = Long.MAX_VALUE;
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final TestServer server;
    /** Accounts whose ids sit next to A's, so guesses hit them; their data must not show up either. */
    private final List<Party> bystanders;

    Probe(TestServer server, List<Party> bystanders) {
        this.server = server;
        this.bystanders = List.copyOf(bystanders);
    }

    /** B's requests for {@code call} against A's data; one line per failure, none when A stayed private. */
    List<String> attack(Call call, Party a, Party b) {
        List<String> failures = new ArrayList<>();
        for (Map<String, Long> ids : combinations(call, a, b)) {
            Request request = Request.of(call, ids, a, b);
            Response response = request.send(b);
            String problem = check(call, expected(call, ids, b), response);
            for (Party other : others(a)) {
                problem = problem != null ? problem : leak(other, request, response);
            }
            if (problem == null && call.expect() == Call.Expect.OWNED) {
                problem = oracle(call, ids, a, b, response);
            }
            if (problem != null) {
                failures.add(request + " " + describe(call, ids, a, b) + " → " + problem);
            }
        }
        return failures;
    }

    /**
     * Whether B can tell that an id exists elsewhere: the refusal must read the same as for the same request with
     * every id that is not B's replaced by one nobody has. Numbers and log references are left out of the comparison:
     * refusals may echo the id they refuse.
     */
    private static String oracle(Call call, Map<String, Long> ids, Party a, Party b, Response response) {
        Map<String, Long> nobodys = new LinkedHashMap<>();
        for (Call.Target target : call.targets()) {
            long id = ids.get(target.name());
            nobodys.put(target.name(), id == b.fixture().id(target.ref()) ? id : NOBODYS);
        }
        if (nobodys.equals(ids)) {
            return null;
        }
        Response reference = Request.of(call, nobodys, a, b).send(b);
        if (reference.status() != response.status() || !generic(reference.body()).equals(generic(response.body()))) {
            return "refused differently than with ids nobody has, so B can tell these exist: " + response.status()
                    + " " + shorten(response.body()) + " against " + reference.status() + " "
                    + shorten(reference.body());
        }
        return null;
    }

    private static String generic(String body) {
        return UUID_TEXT.matcher(body).replaceAll("<uuid>").replaceAll("\\d+", "#");
    }

    /** The call made by the owner of a fresh fixture on its own data: must succeed; null when it did. */
    String control(Call call, Party owner) {
        if (call.expect() == Call.Expect.PUBLIC) {
            return null;
        }
        Request request = Request.owned(call, owner);
        Response response = request.send(owner);
        if (response.status() < 200 || response.status() > 299) {
            return request + " by the owner → " + response.status() + ", not 2xx, so B's answer proves nothing: "
                    + shorten(response.body());
        }
        String body = response.body().toLowerCase(Locale.ROOT);
        if (call.expect() == Call.Expect.LISTED && owner.fixture().markers().stream()
                .noneMatch(marker -> body.contains(marker.toLowerCase(Locale.ROOT)))) {
            return request + " by the owner lists none of the owner's data, so B's empty answer proves nothing: "
                    + shorten(response.body());
        }
        return null;
    }

    /**
     * A's ids everywhere; then, when the call names two or more ids, each of A's ids alone among B's own; then each
     * id guessed (A's ± 1, 1, the largest long) among B's own. Guesses that are B's own rows are skipped: B may read
     * those.
     */
    private List<Map<String, Long>> combinations(Call call, Party a, Party b) {
        List<Call.Target> targets = call.targets();
        List<Map<String, Long>> combinations = new ArrayList<>();
        Map<String, Long> allA = new LinkedHashMap<>();
        targets.forEach(target -> allA.put(target.name(), a.fixture().id(target.ref())));
        combinations.add(allA);
        if (call.expect() != Call.Expect.OWNED) {
            return combinations;
        }
        if (targets.size() >= 2) {
            for (Call.Target target : targets) {
                Map<String, Long> mixed = ownIds(targets, b);
                mixed.put(target.name(), a.fixture().id(target.ref()));
                combinations.add(mixed);
            }
        }
        for (Call.Target target : targets) {
            long real = a.fixture().id(target.ref());
            for (long guess : new LinkedHashSet<>(List.of(real - 1, real + 1, 1L, NOBODYS))) {
                if (guess > 0 && guess != real && !ownedBy(b, target.ref(), guess)) {
                    Map<String, Long> guessed = ownIds(targets, b);
                    guessed.put(target.name(), guess);
                    combinations.add(guessed);
                }
            }
        }
        return combinations;
    }

    private List<Party> others(Party a) {
        List<Party> others = new ArrayList<>(bystanders);
        others.add(0, a);
        return others;
    }

    private static Map<String, Long> ownIds(List<Call.Target> targets, Party b) {
        Map<String, Long> ids = new LinkedHashMap<>();
        targets.forEach(target -> ids.put(target.name(), b.fixture().id(target.ref())));
        return ids;
    }

    private boolean ownedBy(Party party, Ref ref, long id) {
        Optional<Long> account = server.app().database().withHandle(h -> h.createQuery(
                        "SELECT account_id FROM " + ref.table() + " WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findOne());
        return account.isPresent() && account.get() == party.accountId();
    }

    /**
     * 404 when any path id is not B's own; the call's refusal status when only a query or body id is foreign. A
     * HelpCrunch chat id in a body counts as a path id: HelpCrunch's chat changes carry the chat they change in the
     * body (`PUT /chats/department {id, department}`), so a foreign chat is the 404 whatever else the body names.
     */
    private static int expected(Call call, Map<String, Long> ids, Party b) {
        for (Call.Target target : call.targets()) {
            boolean addressed = target.inPath() || target.ref() == Ref.HC_CHAT;
            if (addressed && ids.get(target.name()) != b.fixture().id(target.ref())) {
                return 404;
            }
        }
        return call.refusal();
    }

    private static String check(Call call, int expected, Response response) {
        int status = response.status();
        boolean ok = switch (call.expect()) {
            case OWNED -> status == expected;
            case LISTED -> expected == 200 ? status >= 200 && status <= 299 : status == expected;
            case CREATED -> status >= 200 && status <= 299;
            case PUBLIC -> status < 500;
        };
        if (!ok) {
            String wanted = switch (call.expect()) {
                case OWNED -> Integer.toString(expected);
                case LISTED -> expected == 200 ? "2xx" : Integer.toString(expected);
                case CREATED -> "2xx";
                case PUBLIC -> "no 5xx";
            };
            return "got " + status + ", expected " + wanted + ": " + shorten(response.body());
        }
        if (call.emptyAt() != null && status == 200) {
            JsonNode total = response.json().at(call.emptyAt());
            if (total.isMissingNode() || total.asLong() != 0) {
                return "a listing filtered by A's ids is not empty (" + call.emptyAt() + " = " + total + ")";
            }
        }
        return null;
    }

    /**
     * Another account's data in B's answer: any of its markers, after removing the words B itself sent (a property
     * slug or tag name in the request may be echoed in an error without anything leaking).
     */
    private static String leak(Party other, Request request, Response response) {
        String body = response.body().toLowerCase(Locale.ROOT);
        String sent = request.text().toLowerCase(Locale.ROOT);
        for (String marker : other.fixture().markers()) {
            String needle = marker.toLowerCase(Locale.ROOT);
            Matcher echoed = Pattern.compile("[\\w.@+-]*" + Pattern.quote(needle) + "[\\w.@+-]*").matcher(sent);
            String rest = body;
            while (echoed.find()) {
                rest = rest.replace(echoed.group(), "");
            }
            if (rest.contains(needle)) {
                return "answered " + response.status() + " with another account's data (\"" + marker + "\"): "
                        + shorten(response.body());
            }
        }
        return null;
    }

    private static String describe(Call call, Map<String, Long> ids, Party a, Party b) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Call.Target target : call.targets()) {
            long id = ids.get(target.name());
            String whose = id == a.fixture().id(target.ref()) ? "A's" : id == b.fixture().id(target.ref()) ? "B's"
                    : "guessed";
            parts.add(target.name() + "=" + id + " (" + whose + ")");
        }
        return "[" + String.join(", ", parts) + "]";
    }

    static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
