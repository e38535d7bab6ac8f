package io.frontdesk.helpscout.v2;

import io.frontdesk.rating.RatingService;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import static io.frontdesk.helpscout.v2.V2CustomerHandler.account;

/** `GET /v2/ratings/{id}`; ratings are written by customers, never through the API (reference §8.1). */
final class V2RatingHandler {

    private final RatingService ratings;

    V2RatingHandler(RatingService ratings) {
        this.ratings = ratings;
    }

    void get(Context ctx) {
        V2Responses.hal(ctx, V2Rating.of(ratings.get(account(ctx), Requests.pathId(ctx, "id")),
                Requests.baseUrl(ctx)));
    }
}
