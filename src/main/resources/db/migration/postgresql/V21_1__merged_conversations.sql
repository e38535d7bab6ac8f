-- A conversation merged into another (docs/helpscout-v2.md, "Merged conversations"): its threads moved to the
-- surviving conversation and it was deleted; for 60 days a GET of its id answers 301 with the survivor's Location.
ALTER TABLE conversations ADD COLUMN merged_into BIGINT;
ALTER TABLE conversations ADD COLUMN merged_at BIGINT;
