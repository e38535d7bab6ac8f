package io.frontdesk.limits;

import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text stored in B-tree-indexed columns, whose entries PostgreSQL limits to about 2.7 kB: a longer value used to fail
 * the insert with a 500 on PostgreSQL only (found by the fuzz suite). Each such field now has a limit that fits,
 * refused with a 400 on its path in every dialect; the longest accepted value is stored on both databases. The text
 * is random and mixes scripts, so PostgreSQL cannot compress the index entry below the limit.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class IndexedTextTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private long customer;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        customer = tenant.v2().post("/v2/customers", "{\"firstName\":\"Vernon\"}").locationId();
    }

    @Test
    void entry_values_take_255_characters_in_help_scout_2() {
        for (String collection : List.of("phones", "chats", "social-profiles", "websites")) {
            String path = "/v2/customers/" + customer + "/" + collection;
            assertThat(tenant.v2().post(path, "{\"value\":\"" + text(255) + "\"}").status()).as(collection)
                    .isEqualTo(201);
            Response refused = tenant.v2().post(path, "{\"value\":\"" + text(3_000) + "\"}");
            assertThat(refused.status()).as(collection).isEqualTo(400);
            assertThat(refused.json().at("/_embedded/errors/0/path").asText()).isEqualTo("value");
            assertThat(refused.json().at("/_embedded/errors/0/message").asText())
                    .isEqualTo("size must be between 1 and 255");
        }
        Response create = tenant.v2().post("/v2/customers", "{\"firstName\":\"V\",\"websites\":[{\"value\":\""
                + text(256) + "\"}]}");
        assertThat(create.json().at("/_embedded/errors/0/path").asText()).isEqualTo("websites[0].value");
    }

    @Test
    void a_conversation_customer_phone_takes_255_characters() {
        Response refused = tenant.v2().post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":"
                + "\"p@limits.test\",\"phone\":\"" + text(256) + "\"},\"threads\":[{\"type\":\"customer\","
                + "\"text\":\"Hi\"}]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/_embedded/errors/0/path").asText()).isEqualTo("customer.phone");
    }

    @Test
    void entry_values_take_255_characters_in_help_scout_1() {
        Response refused = tenant.v1().post("/v1/customers.json", "{\"firstName\":\"V\",\"lastName\":\"B\","
                + "\"emails\":[{\"value\":\"v@limits.test\"}],\"phones\":[{\"value\":\"" + text(256) + "\"}]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/validationErrors/0/property").asText()).isEqualTo("phones[0].value");
        assertThat(tenant.v1().post("/v1/customers.json", "{\"firstName\":\"V\",\"lastName\":\"B\","
                + "\"emails\":[{\"value\":\"w@limits.test\"}],\"phones\":[{\"value\":\"" + text(255) + "\"}]}")
                .status()).isEqualTo(201);
    }

    @Test
    void helpcrunch_name_user_id_and_phone_take_255_characters() {
        for (String field : List.of("name", "userId", "phone")) {
            Response refused = tenant.hc().post("/customers", "{\"" + field + "\":\"" + text(256) + "\"}");
            assertThat(refused.status()).as(field).isEqualTo(400);
            assertThat(refused.json().at("/errors/1/code").asText()).isEqualTo(field);
            assertThat(refused.json().at("/errors/1/message").asText())
                    .isEqualTo("This value is too long. It should have 255 characters or less.");

            Response stored = tenant.hc().post("/customers", "{\"" + field + "\":\"" + text(255) + "\"}");
            assertThat(stored.status()).as(field + ": " + stored).isEqualTo(201);
        }
    }

    @Test
    void a_multi_line_field_value_of_65535_characters_is_stored_and_found() {
        MailboxField notes = tenant.server().app().mailboxFields().create(tenant.accountId(), tenant.mailbox().id(),
                "Notes", FieldType.MULTI_LINE, false, 1, List.of());
        long conversation = Bodies.conversation(tenant.v2(), tenant);
        long other = Bodies.conversation(tenant.v2(), tenant);
        // random letters and digits: the body stays under 100 kB, and PostgreSQL cannot compress the index entry
        String longest = ascii(65_535);
        // ASCII, so that it fits a query string; longer than what the index holds, so the whole value is compared
        String searched = "x".repeat(250) + "-searched";

        assertThat(fields(conversation, notes, longest).status()).isEqualTo(204);
        assertThat(fields(other, notes, searched).status()).isEqualTo(204);
        assertThat(fields(other, notes, ascii(65_536)).status()).isEqualTo(400);

        Response found = tenant.v2().get("/v2/conversations?status=all&customFieldsByIds=" + notes.id() + ":"
                + searched);
        assertThat(found.json().at("/page/totalElements").asLong()).as(found.toString()).isEqualTo(1);
        assertThat(found.json().at("/_embedded/conversations/0/id").asLong()).isEqualTo(other);
        Response prefixOnly = tenant.v2().get("/v2/conversations?status=all&customFieldsByIds=" + notes.id() + ":"
                + "x".repeat(250) + "-other");
        assertThat(prefixOnly.json().at("/page/totalElements").asLong()).isZero();
    }

    private Response fields(long conversation, MailboxField field, String value) {
        return tenant.v2().put("/v2/conversations/" + conversation + "/fields", "{\"fields\":[{\"id\":" + field.id()
                + ",\"value\":\"" + value + "\"}]}");
    }

    private static String ascii(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        Random random = new Random(length);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Random text of {@code length} characters from several scripts (no JSON escapes needed). */
    private static String text(int length) {
        String alphabet = "abcXYZ019-_.\u00e9\u00df\u4e2d\u0416\u05d0\u0627\u4e8c\u6587\u5b57";
        Random random = new Random(length);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(random.nextInt(3) == 0 ? (char) (0x4E00 + random.nextInt(0x5000))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
