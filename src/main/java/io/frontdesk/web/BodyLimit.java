package io.frontdesk.web;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

import java.io.IOException;
import java.io.InputStream;

/**
 * How large a request body a route accepts. A route table names the limit only where it differs from
 * {@link #DEFAULT}, as a route role: `routes.post("/v2/conversations", handler, BodyLimit.CONVERSATION)`. Route roles
 * are Javalin's way to attach data to one endpoint (nothing here uses them for access control), so the limit is
 * written next to the route it belongs to, and tests can read it back from the registered endpoints.
 *
 * <p>A body that is too large is a 413 in the dialect's error format. A declared `Content-Length` over the limit is
 * refused before the handler runs and before any byte of the body is read; a chunked body is read up to the limit
 * plus one byte and no further.
 */
public enum BodyLimit implements RouteRole {

    /** Every write unless its route says otherwise: Help Scout's documented 100 kB. */
    DEFAULT(100 * 1024),
    /**
     * `POST /v2/conversations`: the documented 256 kB for creating a conversation. Attachments sent inline in its
     * threads count towards it; larger files go to the attachment endpoint.
     */
    CONVERSATION(256 * 1024),
    /**
     * Attachment uploads. The documented limit is 10 MB for the file, which is about 13.4 MB once base64-encoded
     * (14 MB with MIME line breaks); 15 MB leaves room for the other fields. The file size itself is checked after
     * decoding, where the attachment reader refuses more than 10 MB.
     */
    ATTACHMENT(15 * 1024 * 1024);

    /** The largest body any route accepts; also the longest JSON string the parser reads (an attachment's data). */
    public static final long LARGEST = ATTACHMENT.bytes;

    private final long bytes;

    BodyLimit(long bytes) {
        this.bytes = bytes;
    }

    public long bytes() {
        return bytes;
    }

    /** The limit the matched route declared, else {@link #DEFAULT}. */
    static BodyLimit of(Context ctx) {
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof BodyLimit limit) {
                return limit;
            }
        }
        return DEFAULT;
    }

    /** Runs before every matched route: a declared length over the route's limit is refused unread. */
    static void refuseDeclaredOversize(Context ctx) {
        BodyLimit limit = of(ctx);
        if (ctx.req().getContentLengthLong() > limit.bytes) {
            throw limit.tooLarge();
        }
    }

    /**
     * The body's bytes, reading no more than the route's limit plus one byte. A body larger than {@link #DEFAULT}
     * (or of unknown length on a route that allows more) first takes its size from {@link LargeBodies}.
     */
    /** The request attribute holding the body {@link #read} read, for whoever looks at the request afterwards. */
    public static final String READ_BODY = "frontdesk.body";

    static byte[] read(Context ctx) throws IOException {
        refuseDeclaredOversize(ctx);
        BodyLimit limit = of(ctx);
        long declared = ctx.req().getContentLengthLong();
        long size = declared >= 0 ? declared : limit.bytes;
        if (size > DEFAULT.bytes) {
            LargeBodies.reserve(ctx, size);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) limit.bytes + 1);
            if (bytes.length > limit.bytes) {
                throw limit.tooLarge();
            }
            // Kept for the sandbox's request journal, which cannot read a stream the handler has drained.
            ctx.attribute(READ_BODY, bytes);
            return bytes;
        } catch (IOException e) {
            ApiException clients = ClientFailures.of(e);
            if (clients != null) {
                throw clients;
            }
            throw e;
        }
    }

    private ApiException tooLarge() {
        return new ApiException(ErrorKind.PAYLOAD_TOO_LARGE, "Request body too large: this endpoint accepts at most "
                + bytes + " bytes (" + bytes / 1024 + " kB)");
    }
}
