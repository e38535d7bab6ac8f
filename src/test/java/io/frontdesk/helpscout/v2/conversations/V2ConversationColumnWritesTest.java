package io.frontdesk.helpscout.v2.conversations;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.get;
import static io.frontdesk.helpscout.v2.conversations.Conversations.minimal;
import static io.frontdesk.helpscout.v2.conversations.Conversations.noContent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversation write names only the columns it changes. Naming an unchanged one is not free: both databases fire
 * their `UPDATE OF` triggers for it (SQLite's re-index the conversation's search text) and SQLite rewrites its index
 * entries. A trigger of the test's own counts the writes that name the subject.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationColumnWritesTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    Database db;
    String name;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        db = tenant.server().app().database();
        name = "subject_writes_" + UUID.randomUUID().toString().replace("-", "");
        db.withHandle(h -> {
            h.execute("CREATE TABLE " + name + " (conversation_id BIGINT NOT NULL)");
            if (db.vendor() == DbVendor.POSTGRESQL) {
                h.execute("CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "
                        + name + " VALUES (NEW.id); RETURN NEW; END $$");
                h.execute("CREATE TRIGGER " + name + " AFTER UPDATE OF subject ON conversations FOR EACH ROW"
                        + " EXECUTE FUNCTION " + name + "()");
            } else {
                h.execute("CREATE TRIGGER " + name + " AFTER UPDATE OF subject ON conversations BEGIN INSERT INTO "
                        + name + " VALUES (NEW.id); END");
            }
            return null;
        });
    }

    @AfterEach
    void dropTrigger() {
        db.withHandle(h -> {
            if (db.vendor() == DbVendor.POSTGRESQL) {
                h.execute("DROP TRIGGER " + name + " ON conversations");
                h.execute("DROP FUNCTION " + name + "()");
            } else {
                h.execute("DROP TRIGGER " + name);
            }
            h.execute("DROP TABLE " + name);
            return null;
        });
    }

    private int subjectWrites(long conversationId) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + name + " WHERE conversation_id = :id")
                .bind("id", conversationId).mapTo(Integer.class).one());
    }

    @Test
    void replies_notes_status_and_tags_leave_the_subject_unnamed_and_a_rename_names_it() {
        long id = create(client, minimal(tenant, "Printer on fire", "vernon@example.com"));
        String path = "/v2/conversations/" + id;

        Conversations.addThread(client, id, "reply", "{\"customer\":{\"email\":\"vernon@example.com\"},"
                + "\"text\":\"On our way\"}");
        Conversations.addThread(client, id, "notes", "{\"text\":\"Extinguisher ready\"}");
        noContent(client.patch(path, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"pending\"}"));
        noContent(client.put(path + "/tags", "{\"tags\":[\"fire\"]}"));
        assertThat(subjectWrites(id)).isZero();
        assertThat(get(client, id).get("threads").asInt()).isEqualTo(3);
        assertThat(get(client, id).get("status").asText()).isEqualTo("pending");

        noContent(client.patch(path, "{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\"Printer fixed\"}"));
        assertThat(subjectWrites(id)).isEqualTo(1);
        assertThat(get(client, id).get("subject").asText()).isEqualTo("Printer fixed");
    }
}
