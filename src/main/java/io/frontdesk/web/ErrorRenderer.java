package io.frontdesk.web;

import io.frontdesk.error.ApiException;

/** Turns the neutral error into one dialect's status, headers and body. */
public interface ErrorRenderer {

    /**
     * @param incidentId set for unexpected failures only: the id that is also in the server log
     */
    RenderedError render(ApiException error, String incidentId);
}
