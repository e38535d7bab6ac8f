package io.frontdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;

/** Writes bodies with an exact Content-Type; the dialects differ in it and clients compare it literally. */
public final class Responses {

    private Responses() {
    }

    public static void json(Context ctx, int status, String contentType, Object body) {
        try {
            ctx.status(status);
            ctx.contentType(contentType);
            ctx.result(Json.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body could not be written", e);
        }
    }

    public static void empty(Context ctx, int status) {
        ctx.status(status);
        ctx.result(new byte[0]);
    }
}
