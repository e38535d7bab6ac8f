package io.frontdesk.admin;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.sandbox.fixture.Fixtures;
import io.frontdesk.sandbox.fixture.Pack;
import io.frontdesk.web.BodyLimit;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Fixture packs: load one (JSON or YAML), export an account as one. */
final class AdminFixturesHandler {

    /** What POST /fixtures answers: each account as POST /accounts answers it. */
    record Loaded(List<AdminWire.AccountOut> accounts) {
    }

    private final Fixtures fixtures;

    AdminFixturesHandler(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    void load(Context ctx) {
        PackFormat format = PackFormat.ofMediaType(ctx.header("Content-Type"));
        if (format == null) {
            throw new ApiException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "Send a pack as application/json or"
                    + " application/yaml");
        }
        Pack pack = format.read(body(ctx));
        List<AdminWire.AccountOut> loaded = fixtures.load(pack).stream().map(AdminWire::account).toList();
        Responses.json(ctx, 201, "application/json", new Loaded(loaded));
    }

    void export(Context ctx) {
        Pack pack = fixtures.export(Requests.pathId(ctx, "id"));
        String accept = ctx.header("Accept");
        PackFormat format = accept != null && PackFormat.YAML_TYPES.stream()
                .anyMatch(type -> accept.toLowerCase(Locale.ROOT).contains(type)) ? PackFormat.YAML : PackFormat.JSON;
        ctx.status(200);
        ctx.contentType(format.mediaType());
        ctx.result(format.write(pack).getBytes(StandardCharsets.UTF_8));
    }

    /** The body, up to the largest any route takes (a pack carries attachments); more is a 413. */
    private static byte[] body(Context ctx) {
        long limit = BodyLimit.LARGEST;
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiException(ErrorKind.MALFORMED_BODY, "The pack could not be read");
        }
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(ErrorKind.PAYLOAD_TOO_LARGE, "A pack may be at most " + limit / (1024 * 1024)
                + " MB");
    }
}
