package io.frontdesk.web;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/**
 * Refuses text containing the NUL character (`\u0000`, `%00`). PostgreSQL cannot store it in text columns, so letting
 * it through would turn a client's mistake into a server error on one database and not the other. This class checks
 * query strings; {@link StorableValues} checks JSON bodies.
 */
final class NulCheck {

    private static final char NUL = '\u0000';

    private NulCheck() {
    }

    /** Every query parameter, checked before any handler runs. */
    static void query(Context ctx) {
        for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
            for (String value : param.getValue()) {
                if (param.getKey().indexOf(NUL) >= 0 || value.indexOf(NUL) >= 0) {
                    throw ApiException.invalid(FieldError.query(param.getKey().replace(NUL, '?'), "InvalidValue",
                            "must not contain the NUL character", value.replace(NUL, '?')));
                }
            }
        }
    }
}
