-- SQLite fires an AFTER UPDATE OF trigger whenever the column is named in the SET list, changed or not. Every
-- conversation write sets the whole row, subject included, so each reply, status change or assignment re-indexed the
-- conversation's search row: its subject and every thread's text, through the trigram tokenizer, under the write
-- lock. The triggers now fire only when the text changed. The PostgreSQL folder holds the same version with nothing to
-- do: its trigram indexes are on the columns themselves, and an update that leaves them equal does not touch them.
DROP TRIGGER conversations_fts_update;

CREATE TRIGGER conversations_fts_update AFTER UPDATE OF subject ON conversations
    WHEN NEW.subject IS NOT OLD.subject BEGIN
    UPDATE conversation_fts SET subject = NEW.subject WHERE rowid = NEW.id;
END;

DROP TRIGGER threads_fts_update;

CREATE TRIGGER threads_fts_update AFTER UPDATE OF body ON threads
    WHEN NEW.body IS NOT OLD.body BEGIN
    UPDATE conversation_fts SET body = (SELECT group_concat(body, char(10)) FROM threads
                                        WHERE conversation_id = NEW.conversation_id)
    WHERE rowid = NEW.conversation_id;
END;
