package io.frontdesk.isolation;

import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/** One {@link Call} with its placeholders filled: path ids, query and body ids, and the text they name. */
record Request(String method, String pathAndQuery, String body, String contentType) {

    /**
     * @param ids    the value of each target of the call, by target name
     * @param target the party whose text the request names (a property slug, a refresh token)
     * @param caller the party sending it (its own OAuth client id and secret)
     */
    static Request of(Call call, Map<String, Long> ids, Party target, Party caller) {
        String path = call.path();
        for (Call.Target pathTarget : call.targets()) {
            if (pathTarget.inPath()) {
                path = path.replace("{" + pathTarget.name() + "}", Long.toString(ids.get(pathTarget.name())));
            }
        }
        return new Request(call.method(), path + fill(call.query(), ids, target, caller),
                call.body() == null ? null : fill(call.body(), ids, target, caller), call.contentType());
    }

    /** The call with the party's own ids and text, as its owner would send it. */
    static Request owned(Call call, Party party) {
        Map<String, Long> ids = new LinkedHashMap<>();
        call.targets().forEach(t -> ids.put(t.name(), party.fixture().id(t.ref())));
        return of(call, ids, party, party);
    }

    private static String fill(String template, Map<String, Long> ids, Party target, Party caller) {
        Matcher matcher = Call.placeholder().matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (ids.containsKey(name)) {
                value = Long.toString(ids.get(name));
            } else if (name.equals("UNIQUE")) {
                value = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            } else if (caller.callerValue(name) != null) {
                value = caller.callerValue(name);
            } else if (target.targetValue(name) != null) {
                value = target.targetValue(name);
            } else {
                throw new IllegalStateException("unknown placeholder {{" + name + "}} in " + template);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** Sent with the caller's client for the route's dialect. */
    Response send(Party caller) {
        return send(caller.clientFor(path()));
    }

    Response send(Client client) {
        return client.send(method, pathAndQuery, body, contentType);
    }

    String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    /** Everything the caller sent, for telling echoes from leaks. */
    String text() {
        return pathAndQuery + " " + (body == null ? "" : body);
    }

    @Override
    public String toString() {
        return method + " " + pathAndQuery + (body == null ? "" : " " + Probe.shorten(body));
    }
}
