package io.frontdesk.ratelimit;

/**
 * What the counters did with one request.
 *
 * @param counted   the request's costs were added (always in report mode; in enforce mode, when it fits)
 * @param used      per slot, the window's count after the decision as this node sees it
 * @param over      per slot, whether the window has (counted) or would have (refused) gone over its limit
 * @param firstOver this is the first time in the window that the account went over on this node
 */
record Admission(boolean counted, long[] used, boolean[] over, boolean firstOver) {
}
