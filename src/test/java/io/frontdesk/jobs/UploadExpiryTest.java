package io.frontdesk.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.User;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help Scout 1.0 uploads that no thread names are deleted a day after their upload (docs/helpscout-v1.md,
 * "Attachments"), by an {@code upload.expire} job on the server's clock: a {@link io.frontdesk.testing.ManualClock}
 * moved by the test and the job worker's {@code runOnce}, never a wait.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class UploadExpiryTest {

    @Parameter
    Backend backend;

    private JobsFixture fixture;
    private Application app;
    private Client v1;
    private Mailbox mailbox;

    @BeforeEach
    void open() {
        fixture = JobsFixture.create(backend);
        app = fixture.open();
        User owner = fixture.owner(app);
        mailbox = app.mailboxes().create(owner.accountId(), "Support", "support@uploads.test");
        IssuedSecret key = app.accounts().issueCredential(owner.accountId(), owner.id(),
                CredentialKind.HELPSCOUT_API_KEY, "uploads test", Optional.empty(), Optional.empty());
        String base = fixture.serveV2(app, owner).base();
        v1 = new Client(base, Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (key.secret() + ":X").getBytes(StandardCharsets.UTF_8))));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void an_upload_no_thread_named_within_a_day_is_deleted_and_an_attached_one_stays() {
        String attached = upload("kept.txt");
        String forgotten = upload("forgotten.txt");

        fixture.clock.advance(Duration.ofHours(24).minusMinutes(1));
        assertThat(app.jobWorker().runOnce()).as("not due yet").isZero();
        Response created = v1.post("/v1/conversations.json", conversationWith(attached));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");
        String conversation = location.substring(location.indexOf("/v1/"));

        fixture.clock.advance(Duration.ofMinutes(1));
        assertThat(app.jobWorker().runOnce()).as("both uploads' expiries ran").isEqualTo(2);

        Response late = v1.post("/v1/conversations.json", conversationWith(forgotten));
        assertThat(late.status()).as(late.toString()).isEqualTo(400);
        assertThat(late.json().at("/validationErrors/0/property").asText())
                .isEqualTo("threads[0].attachments[0].hash");
        JsonNode attachment = v1.get(conversation).json().at("/item/threads/0/attachments/0");
        assertThat(attachment.get("fileName").asText()).isEqualTo("kept.txt");
        Response data = v1.get("/v1/attachments/" + attachment.get("id").asLong() + "/data.json");
        assertThat(new String(Base64.getDecoder().decode(data.json().at("/item/data").asText()),
                StandardCharsets.UTF_8)).as("an attached file is no upload: its expiry leaves it")
                .isEqualTo("kept.txt");
    }

    @Test
    void an_expired_upload_is_gone_even_when_its_expiry_ran_late() {
        String hash = upload("late.txt");

        fixture.clock.advance(Duration.ofDays(3));
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);
        assertThat(app.jobWorker().runOnce()).as("an expiry runs once").isZero();

        Response late = v1.post("/v1/conversations.json", conversationWith(hash));
        assertThat(late.status()).as(late.toString()).isEqualTo(400);
        assertThat(late.json().at("/validationErrors/0/property").asText())
                .isEqualTo("threads[0].attachments[0].hash");
    }

    private String upload(String name) {
        String data = Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8));
        Response uploaded = v1.post("/v1/attachments.json",
                "{\"fileName\": \"" + name + "\", \"mimeType\": \"text/plain\", \"data\": \"" + data + "\"}");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.json().at("/item/hash").asText();
    }

    private String conversationWith(String hash) {
        return """
                {"subject": "Serial", "mailbox": {"id": %d}, "customer": {"email": "vbear@example.com"},
                 "threads": [{"type": "customer", "createdBy": {"email": "vbear@example.com", "type": "customer"},
                              "body": "Here it is", "attachments": [{"hash": "%s"}]}]}"""
                .formatted(mailbox.id(), hash);
    }
}
