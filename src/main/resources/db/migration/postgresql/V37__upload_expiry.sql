-- Help Scout 1.0 uploads (V32) that no thread names are deleted a day after their upload by a job of kind
-- upload.expire (payload: the upload's id), queued with each upload from now on. Uploads kept before this version get
-- theirs here, due a day after their own upload time (one already past is due at once). The same statement on both
-- databases.
INSERT INTO jobs (kind, account_id, payload, status, attempts, next_attempt_at, created_at)
SELECT 'upload.expire', account_id, CAST(id AS TEXT), 'pending', 0, created_at + 86400000, created_at
FROM attachment_uploads;
