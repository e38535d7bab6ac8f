package io.frontdesk.web;

import io.frontdesk.config.AddressRange;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request says about how the client reached us: `X-Forwarded-Proto`, `X-Forwarded-Host`, `X-Forwarded-Port`,
 * `X-Forwarded-For` and `Forwarded` (RFC 7239). Anyone can send these headers, so they are believed only when the
 * direct peer is one of the configured reverse proxies (`trusted-proxies`, none by default). Otherwise a client could
 * name any host for the links and `Location` headers it is answered with (`Location: https://attacker.example/…`),
 * and pick whatever address the failure limits count it under.
 */
final class Forwarding {

    /** A host name or address literal with an optional port; anything else in a forwarded host is ignored. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final List<AddressRange> trusted;

    Forwarding(List<AddressRange> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** `scheme://host[:port]` as the client addressed this server. */
    String origin(Context ctx) {
        String scheme = ctx.scheme();
        String host = ctx.host();
        if (fromTrustedProxy(ctx)) {
            Optional<String> forwardedProto = element(ctx.header("Forwarded"), "proto")
                    .or(() -> first(ctx.header("X-Forwarded-Proto")));
            Optional<String> forwardedHost = element(ctx.header("Forwarded"), "host")
                    .or(() -> first(ctx.header("X-Forwarded-Host")));
            scheme = forwardedProto.map(p -> p.toLowerCase(Locale.ROOT))
                    .filter(p -> p.equals("http") || p.equals("https")).orElse(scheme);
            if (forwardedHost.isPresent() && HOST.matcher(forwardedHost.get()).matches()) {
                host = forwardedHost.get();
                Optional<String> port = first(ctx.header("X-Forwarded-Port"));
                if (!host.matches(".*:\\d+") && port.isPresent() && PORT.matcher(port.get()).matches()
                        && !isDefaultPort(scheme, port.get())) {
                    host = host + ":" + port.get();
                }
            }
        }
        return scheme + "://" + (host == null ? "localhost" : host);
    }

    /**
     * The client's address: the peer's, or behind trusted proxies the nearest address in `X-Forwarded-For` (or
     * `Forwarded: for=`) that is not itself a trusted proxy, reading from the right, as each proxy appends the
     * address it saw and only the entries our own proxies added can be believed.
     */
    String clientAddress(Context ctx) {
        String peer = peer(ctx);
        if (!isTrusted(peer)) {
            return peer;
        }
        String chain = ctx.header("X-Forwarded-For");
        List<String> hops = chain != null ? List.of(chain.split(",")) : forwardedFor(ctx.header("Forwarded"));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = unbracket(hops.get(i).trim());
            if (AddressRange.parse(hop).isEmpty()) {
                // not an address (`unknown`, an obfuscated name): nothing beyond it can be believed either
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean fromTrustedProxy(Context ctx) {
        return !trusted.isEmpty() && isTrusted(peer(ctx));
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        Optional<AddressRange> parsed = AddressRange.parse(address);
        if (parsed.isEmpty()) {
            return false;
        }
        byte[] bytes = parsed.get().network();
        return trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    private static String peer(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        return address == null ? "" : unbracket(address);
    }

    private static String unbracket(String address) {
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
    }

    private static Optional<String> first(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.split(",", 2)[0].trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A parameter of the first element of a `Forwarded` header (the one the client-facing proxy wrote). */
    private static Optional<String> element(String header, String name) {
        if (header == null) {
            return Optional.empty();
        }
        for (String pair : header.split(",", 2)[0].split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase(name)) {
                String value = pair.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Every `for=` of a `Forwarded` header, in order; an IPv6 one is quoted and bracketed, maybe with a port. */
    private static List<String> forwardedFor(String header) {
        if (header == null) {
            return List.of();
        }
        return java.util.Arrays.stream(header.split(","))
                .map(element -> element(element, "for").orElse("unknown"))
                .map(Forwarding::withoutPort)
                .toList();
    }

    private static String withoutPort(String node) {
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close > 0 ? node.substring(0, close + 1) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    private static boolean isDefaultPort(String scheme, String port) {
        return scheme.equals("https") && port.equals("443") || scheme.equals("http") && port.equals("80");
    }
}
