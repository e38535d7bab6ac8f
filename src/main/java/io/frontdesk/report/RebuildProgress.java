package io.frontdesk.report;

/**
 * A rebuild under way.
 *
 * @param lastEventId the account's last event when it began: kept conversations' facts hold the events up to it
 * @param position    the last event replayed
 * @param horizon     every event of the account up to it is committed (ids are taken at insert, not at commit): the
 *                    replay goes no further without holding event writers again
 */
public record RebuildProgress(long accountId, long lastEventId, Phase phase, long position, long horizon) {

    public enum Phase {
        /** Noting what the replay must know ahead of the events so far. */
        MARKING,
        /** Removing the facts it re-derives. */
        DELETING,
        REPLAYING
    }
}
