package io.frontdesk.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may be sent. A tenant chooses the URL, so without a check it could make the server call the
 * operator's own network (a database's HTTP port, a cloud metadata service). Only http and https are allowed, and
 * every address the host resolves to must be public: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * carrier-grade NAT (100.64/10), link-local (169.254/16 with the metadata address, fe80::/10), unspecified, broadcast
 * and multicast addresses are refused unless {@code webhook-allow-private} is set.
 *
 * <p>The check runs when a subscription is saved and again before each attempt, whose connection then goes to the
 * address that was checked (not to a second resolution), so a DNS answer that changes in between (rebinding) cannot
 * slip in.
 */
public final class AddressPolicy {

    public static final int MAX_URL_LENGTH = 2048;

    private final boolean allowPrivate;
    private final Resolver resolver;

    /** Name resolution, replaceable for tests of rebinding. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public AddressPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public AddressPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** A refused URL or address, with a sentence a client or an operator can act on. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The URL's form: absolute http(s), a host, no user information or fragment, at most 2048 characters. */
    public static URI parse(String url) throws Refused {
        if (url == null || url.isBlank()) {
            throw new Refused("may not be empty");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new Refused("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not contain a fragment");
        }
        return uri;
    }

    /**
     * The addresses to connect to: every address the host resolves to, all of them allowed. A host that does not
     * resolve, or that resolves to any refused address, is refused as a whole.
     */
    public List<InetAddress> addresses(URI uri) throws Refused {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] resolved;
        try {
            resolved = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            throw new Refused("host " + host + " does not resolve");
        }
        if (resolved.length == 0) {
            throw new Refused("host " + host + " does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : resolved) {
                if (refused(address)) {
                    throw new Refused("host " + host + " resolves to " + address.getHostAddress()
                            + ", a loopback, private, link-local or otherwise non-public address");
                }
            }
        }
        return List.of(resolved);
    }

    /** Whether the address is one a tenant's webhook must never reach. */
    public static boolean refused(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 127 || first == 10 || (first == 100 && second >= 64 && second < 128)
                    || (first == 169 && second == 254) || (first == 172 && second >= 16 && second < 32)
                    || (first == 192 && second == 168) || first >= 224;
        }
        if (address instanceof Inet6Address v6) {
            // fc00::/7 unique local, which holds the EC2 metadata address fd00:ec2::254
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            if (v6.isIPv4CompatibleAddress()) {
                try {
                    return refused(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
