package io.frontdesk.report;

/**
 * A rebuild under way.
 *
 * @param lastEventId the account's last event when it began: kept conversations' facts hold the events up to it
 * @param position    the last event replayed
 */
public record RebuildProgress(long accountId, long lastEventId, Phase phase, long position) {

    public enum Phase {
        /** Noting what the replay must know ahead of the events so far. */
        MARKING,
        /** Removing the facts it re-derives. */
        DELETING,
        REPLAYING
    }
}
