-- Teams: named groups of users (a HelpCrunch department is one; so is a Help Scout team). The same tables as branch
-- hs2-people's V20_1, created only when missing, so that on a database where that migration ran this one does nothing.
CREATE TABLE IF NOT EXISTS teams (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    timezone    TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE INDEX IF NOT EXISTS teams_account ON teams (account_id);

CREATE TABLE IF NOT EXISTS team_members (
    team_id     BIGINT  NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
