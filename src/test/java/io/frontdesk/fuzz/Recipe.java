package io.frontdesk.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generated case, small enough to print: which route, which valid body, what is done to the body, headers, query
 * and path, and the seed of everything random in between. {@link #build} turns it into the bytes to send for the
 * current tenant.
 */
record Recipe(WriteRoute route, int template, Mutation mutation, HeaderVariant headers, QueryVariant query,
              PathVariant path, long seed) {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    RawHttp.Request build(Seed data, long limit) {
        Random random = new Random(seed);
        Map<String, Long> ids = route.ids().apply(data);
        StringBuilder target = new StringBuilder();
        Matcher parameters = PARAMETER.matcher(route.pattern());
        String changed = ids.isEmpty() ? null : ids.keySet().stream().sorted().toList().get(random.nextInt(ids.size()));
        while (parameters.find()) {
            String name = parameters.group(1);
            long id = ids.get(name);
            parameters.appendReplacement(target, Matcher.quoteReplacement(name.equals(changed)
                    ? path.value(id, random) : Long.toString(id)));
        }
        parameters.appendTail(target);
        String queryString = query.query(random);
        if (!queryString.isEmpty()) {
            target.append('?').append(queryString);
        }
        String valid = route.bodies().get(template % route.bodies().size()).body(data, random);
        byte[] body = Mutator.mutate(valid, mutation, random, limit);
        Map<String, String> headers = new LinkedHashMap<>();
        String authorization = data.authorization(route.wire());
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        this.headers.apply(headers, random);
        return new RawHttp.Request(route.method(), target.toString(), headers, body, this.headers.framing());
    }

    /** The request as a reader needs it to reproduce a failure: target, headers and the start of the body. */
    static String describe(RawHttp.Request request) {
        StringBuilder text = new StringBuilder(request.method()).append(' ').append(request.target());
        request.headers().forEach((name, value) -> text.append("\n  ").append(name).append(": ")
                .append(value.length() > 80 ? value.substring(0, 80) + "…" : value));
        text.append("\n  framing: ").append(request.framing());
        if (request.body() != null) {
            String body = new String(request.body(), StandardCharsets.UTF_8);
            text.append("\n  body (").append(request.body().length).append(" bytes): ")
                    .append(body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
        return text.toString();
    }
}
