-- `frontdesk reports rebuild` (docs/reports.md, "Rebuilding the history"). report_rebuilds holds one row per account
-- whose recording is paused while its facts are re-derived from the event record: the last event when it began
-- (events up to it are replayed, later ones were not recorded live), its phase (marking, deleting, replaying), where
-- the replay is, and its horizon (every event of the account up to it is committed: the replay does not pass it), so a
-- rebuild that stopped half-way goes on from there. report_rebuild_marks is what the replay
-- must know ahead of an event: the threads that have an event of their own (not part of their conversation's
-- creation), each conversation's first status change (whose `from` is its status at creation), and the conversations
-- whose facts are kept as they are (their conversation is gone, or in a merge). Both are emptied when it ends. The
-- same text in both folders.
CREATE TABLE report_rebuilds (
    account_id    BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    started_at    BIGINT NOT NULL,
    last_event_id BIGINT NOT NULL,
    phase         TEXT   NOT NULL,
    position      BIGINT NOT NULL,
    horizon       BIGINT NOT NULL
);

CREATE TABLE report_rebuild_marks (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL,
    id         BIGINT NOT NULL,
    event_id   BIGINT,
    PRIMARY KEY (account_id, kind, id)
);
