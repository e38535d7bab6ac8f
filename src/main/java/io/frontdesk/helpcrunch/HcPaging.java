package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.error.Validation;
import io.frontdesk.web.Json;
import io.javalin.http.Context;

import java.util.List;

/**
 * `offset` and `limit` of a list without sorting (messages, agents, departments): offset from 0, limit 1-100 with
 * 100 by default, and a larger limit a 400 under `limit`, as for customers ({@link HcListQuery}).
 */
record HcPaging(long offset, int limit) {

    static HcPaging fromQueryString(Context ctx) {
        ObjectNode params = Json.object();
        for (String name : List.of("offset", "limit")) {
            String value = ctx.queryParam(name);
            if (value != null) {
                params.put(name, value);
            }
        }
        Validation validation = new Validation();
        HcListQuery query = HcListQuery.from(HcFields.body(params, validation));
        validation.throwIfAny();
        return new HcPaging(query.offset(), query.limit());
    }

    /** This page of a list held whole. */
    <T> List<T> slice(List<T> all) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList((int) offset, (int) Math.min(all.size(), offset + limit));
    }

    record Meta(long total) {
    }

    /** `{data, meta:{total}}`: the envelope of agents, departments and chats. */
    record MetaList<T>(List<T> data, Meta meta) {

        static <T> MetaList<T> of(List<T> page, long total) {
            return new MetaList<>(page, new Meta(total));
        }
    }
}
