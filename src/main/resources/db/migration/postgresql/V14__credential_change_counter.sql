-- The SQLite folder's V14 counts credential changes in a row that its node polls, SQLite having no notices.
-- PostgreSQL's nodes hear the same changes through V13's notices; this version only keeps the two folders in step.
SELECT 1;
