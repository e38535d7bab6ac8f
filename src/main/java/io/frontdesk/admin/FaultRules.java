package io.frontdesk.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The sandbox's fault rules, in memory: the first rule that matches (and whose dice fall) gives a request its fault. */
final class FaultRules {

    private final List<FaultRule> rules = new ArrayList<>();
    private long nextId;

    synchronized FaultRule add(FaultRule rule) {
        FaultRule stored = new FaultRule(++nextId, rule.dialect(), rule.method(), rule.path(), rule.accountId(),
                rule.status(), rule.latencyMs(), rule.drop(), rule.remaining(), rule.probability());
        rules.add(stored);
        return stored;
    }

    synchronized List<FaultRule> list() {
        return List.copyOf(rules);
    }

    synchronized boolean delete(long id) {
        return rules.removeIf(r -> r.id() == id);
    }

    synchronized int clear() {
        int n = rules.size();
        rules.clear();
        return n;
    }

    /** The fault for this request, counting it against the rule's remaining requests; a spent rule is removed. */
    synchronized Optional<FaultRule> take(String dialect, String method, String path, Long accountId) {
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            if (!rule.matches(dialect, method, path, accountId)) {
                continue;
            }
            if (rule.probability() < 1.0 && ThreadLocalRandom.current().nextDouble() >= rule.probability()) {
                continue;
            }
            FaultRule used = rule.used();
            if (used.remaining() != null && used.remaining() <= 0) {
                rules.remove(i);
            } else {
                rules.set(i, used);
            }
            return Optional.of(rule);
        }
        return Optional.empty();
    }
}
