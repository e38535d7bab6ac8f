package io.frontdesk.helpscout.v1.conversations;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.mail.OutboxEntry;
import io.frontdesk.mail.jdbc.JdbcOutbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestRoutes;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.conversation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * `POST /v1/conversations.json?autoReply=true` (reference §11.5): the mailbox's auto-reply is queued only when asked,
 * only when a customer thread is there, and never for an import. A private server queues mail (captured, never sent);
 * the shared one has mail off.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1AutoReplyTest {

    @Parameter
    Backend backend;

    @Test
    void the_auto_reply_is_queued_only_when_asked_for_a_customer_thread_and_never_for_an_import() {
        try (TestServer server = TestServer.start(backend, Map.of(ConfigKey.CAPTURE_MAIL, "true"),
                TestRoutes::register)) {
            Tenant tenant = server.newTenant();
            JdbcOutbox outbox = (JdbcOutbox) server.app().outbox();

            created(tenant.v1().post("/v1/conversations.json", conversation(tenant, "Plain", "a@example.com")));
            assertThat(outbox.list(tenant.accountId())).as("no autoReply, no mail").isEmpty();

            created(tenant.v1().post("/v1/conversations.json?imported=true&autoReply=true",
                    conversation(tenant, "Imported", "b@example.com")));
            created(tenant.v1().post("/v1/conversations.json?autoReply=true", """
                    {"subject": "A note", "mailbox": {"id": %d}, "customer": {"email": "c@example.com"},
                     "threads": [{"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "x"}]}"""
                    .formatted(tenant.mailbox().id(), tenant.owner().id())));
            assertThat(outbox.list(tenant.accountId())).as("an import, and no customer thread").isEmpty();

            created(tenant.v1().post("/v1/conversations.json?autoReply=true",
                    conversation(tenant, "Asked", "d@example.com")));
            List<OutboxEntry> queued = outbox.list(tenant.accountId());
            assertThat(queued).hasSize(1);
            assertThat(queued.get(0).status()).isEqualTo(OutboxEntry.Status.PENDING);
        }
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
