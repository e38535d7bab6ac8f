-- The rest of Help Scout's user object, users' status, their conversation-reassignment setting, and teams.
-- A deleted user keeps its row (threads and credentials name it) but is no longer listed, found or able to sign in.

ALTER TABLE users ADD COLUMN job_title TEXT;
ALTER TABLE users ADD COLUMN phone TEXT;
ALTER TABLE users ADD COLUMN deleted_at BIGINT;

-- One row once a user's status was set; a user without one is active.
CREATE TABLE user_statuses (
    user_id           BIGINT  NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    status            TEXT    NOT NULL,
    source            TEXT    NOT NULL,
    performed_by      BIGINT  NOT NULL,
    custom_text       TEXT,
    custom_emoji      TEXT,
    custom_emoji_name TEXT,
    reassign_enabled  BOOLEAN NOT NULL DEFAULT FALSE,
    reassign_minutes  BIGINT  NOT NULL DEFAULT 0,
    updated_at        BIGINT  NOT NULL
);

-- A team is a named group of users (a HelpCrunch department is one too).
CREATE TABLE teams (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    timezone    TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE INDEX teams_account ON teams (account_id);

CREATE TABLE team_members (
    team_id     BIGINT  NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
