-- What a HelpCrunch chat shows beyond the core conversation (docs/chat-mapping.md). One row per chat conversation,
-- written only when one of these is set; a conversation without a row shows the defaults. Everything that follows
-- from the threads (last message, agents, new/opened/empty) is derived from them, whichever dialect wrote them.
CREATE TABLE chat_details (
    conversation_id  BIGINT  PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    -- public_api, agent_message, customer_message, broadcast_reply; null means derived from the creator
    created_with     TEXT,
    -- on_hold (with status pending) or no_communication (with status closed); null means the plain status
    status_detail    TEXT,
    rating           TEXT,
    rated_at         BIGINT,
    -- the chat wakes (shows unread, snoozedUntil null) once the server's clock passes it
    snoozed_until    BIGINT,
    -- explicit read marks: null means never set (read until the other side writes)
    agent_read       BOOLEAN,
    agent_read_at    BIGINT,
    customer_read    BOOLEAN,
    customer_read_at BIGINT
);
CREATE INDEX chat_details_rating ON chat_details (rating) WHERE rating IS NOT NULL;

-- A refinement (on hold, no communication) belongs to the status it refines: any change of the core status, whichever
-- dialect makes it, drops it; HelpCrunch's own status change writes the new one after.
CREATE TRIGGER chat_details_status_changed AFTER UPDATE OF status ON conversations
    WHEN NEW.status IS NOT OLD.status BEGIN
    UPDATE chat_details SET status_detail = NULL WHERE conversation_id = NEW.id AND status_detail IS NOT NULL;
END;
