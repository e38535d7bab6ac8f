package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.customer;
import static io.frontdesk.helpscout.v2.V2Support.golden;
import static org.assertj.core.api.Assertions.assertThat;

/** The entry sub-resources (`/emails`, `/phones`, `/chats`, `/social-profiles`, `/websites`) and `/address`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2CustomerEntryTest {

    @Parameter
    Backend backend;

    Client client;
    long id;

    @BeforeEach
    void setUp() {
        client = backend.tenant().v2();
        id = create(client, "{\"firstName\":\"Ada\"}");
    }

    /** The example entry whose list the collection's golden file shows. */
    private static String example(V2EntryCollection collection) {
        return switch (collection) {
            case EMAILS -> "{\"type\":\"home\",\"value\":\"bear@acme.com\"}";
            case PHONES -> "{\"type\":\"home\",\"value\":\"123-123-123\"}";
            case CHATS -> "{\"type\":\"aim\",\"value\":\"54831172\"}";
            case SOCIAL_PROFILES -> "{\"type\":\"twitter\",\"value\":\"@me\"}";
            case WEBSITES -> "{\"value\":\"http://home.com\"}";
        };
    }

    private static String replacement(V2EntryCollection collection) {
        return collection.kind() == EntryKind.EMAIL ? "{\"type\":\"other\",\"value\":\"bear@cave.com\"}"
                : "{\"type\":\"other\",\"value\":\"changed\"}";
    }

    private String path(V2EntryCollection collection) {
        return "/v2/customers/" + id + "/" + collection.segment();
    }

    @ParameterizedTest
    @EnumSource(V2EntryCollection.class)
    void an_entry_is_created_listed_read_replaced_and_deleted(V2EntryCollection collection) {
        Response created = client.post(path(collection), example(collection));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        long entryId = Long.parseLong(created.header("Resource-ID"));
        assertThat(created.header("Location")).isEqualTo(client.base() + path(collection) + "/" + entryId);

        Response list = client.get(path(collection));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo(V2Support.HAL);
        golden(list, collection.segment() + ".json", client, id);
        Response one = client.get(V2Support.relative(client, created.header("Location")));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("id").asLong()).isEqualTo(entryId);
        // every entry links itself, in lists, alone and inside the customer, to the URL that answers GET
        assertThat(list.json().at("/_embedded/" + collection.segment() + "/0/_links/self/href").asText())
                .isEqualTo(created.header("Location"));
        assertThat(one.json().at("/_links/self/href").asText()).isEqualTo(created.header("Location"));
        assertThat(customer(client, id).at("/_embedded/" + collection.embeddedKey() + "/0/_links/self/href")
                .asText()).isEqualTo(created.header("Location"));

        Response replaced = client.put(path(collection) + "/" + entryId, replacement(collection));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(204);
        JsonNode entry = customer(client, id).at("/_embedded/" + collection.embeddedKey() + "/0");
        assertThat(entry.get("value").asText()).isIn("bear@cave.com", "changed");
        if (collection.kind().typed()) {
            assertThat(entry.get("type").asText()).isEqualTo("other");
        } else {
            assertThat(entry.has("type")).isFalse();
        }

        Response deleted = client.delete(path(collection) + "/" + entryId);
        assertThat(deleted.status()).isEqualTo(204);
        Response empty = client.get(path(collection));
        assertThat(empty.json().at("/_embedded/" + collection.segment()).isArray()).isTrue();
        assertThat(empty.json().at("/_embedded/" + collection.segment()).size()).isZero();
        assertThat(empty.json().at("/_links/self/href").asText()).isEqualTo(client.base() + path(collection));
        assertNotFound(client.delete(path(collection) + "/" + entryId));
        assertNotFound(client.get(path(collection) + "/" + entryId));
    }

    @Test
    void an_email_entry_reads_as_the_documented_object_and_an_empty_list_embeds_an_empty_array() {
        golden(client.get(path(V2EntryCollection.EMAILS)), "entries_empty.json", client, id);
        long entryId = Long.parseLong(client.post(path(V2EntryCollection.EMAILS),
                example(V2EntryCollection.EMAILS)).header("Resource-ID"));
        golden(client.get(path(V2EntryCollection.EMAILS) + "/" + entryId), "entry.json", client, id);
    }

    @ParameterizedTest
    @EnumSource(V2EntryCollection.class)
    void an_unknown_customer_or_entry_is_a_404(V2EntryCollection collection) {
        String unknown = "/v2/customers/999999999/" + collection.segment();
        assertNotFound(client.get(unknown));
        assertNotFound(client.post(unknown, example(collection)));
        assertNotFound(client.put(unknown + "/1", example(collection)));
        assertNotFound(client.delete(unknown + "/1"));
        assertNotFound(client.put(path(collection) + "/999999999", example(collection)));
        assertNotFound(client.delete(path(collection) + "/999999999"));
        assertNotFound(client.get(path(collection) + "/999999999"));
        assertNotFound(client.delete(path(collection) + "/abc"));
    }

    @Test
    void an_entry_is_only_reachable_through_its_own_collection() {
        long email = Long.parseLong(client.post(path(V2EntryCollection.EMAILS), "{\"value\":\"a@b.example\"}")
                .header("Resource-ID"));
        assertNotFound(client.delete(path(V2EntryCollection.PHONES) + "/" + email));
        assertNotFound(client.put(path(V2EntryCollection.PHONES) + "/" + email, "{\"value\":\"1\"}"));
        assertThat(customer(client, id).at("/_embedded/emails")).hasSize(1);
    }

    @Test
    void entry_bodies_are_checked() {
        assertError(client.post(path(V2EntryCollection.EMAILS), "{\"value\":\"nope\"}"), 400, "value", "Email");
        assertError(client.post(path(V2EntryCollection.CHATS), "{\"type\":\"bogus\",\"value\":\"x\"}"), 400, "type",
                "EnumValue");
        assertError(client.post(path(V2EntryCollection.PHONES), "{\"type\":\"home\"}"), 400, "value", "NotEmpty");
        Response notObject = client.post(path(V2EntryCollection.PHONES), "[]");
        assertThat(notObject.status()).isEqualTo(400);
        long phone = Long.parseLong(client.post(path(V2EntryCollection.PHONES), "{\"value\":\"1\"}")
                .header("Resource-ID"));
        assertError(client.put(path(V2EntryCollection.PHONES) + "/" + phone, "{\"type\":\"pager\"}"), 400, "value",
                "NotEmpty");
    }

    @Test
    void an_email_used_by_another_customer_is_a_409() {
        create(client, "{\"emails\":[{\"value\":\"taken@x.example\"}]}");
        Response response = client.post(path(V2EntryCollection.EMAILS), "{\"value\":\"Taken@X.example\"}");
        assertThat(response.status()).isEqualTo(409);
        long own = Long.parseLong(client.post(path(V2EntryCollection.EMAILS), "{\"value\":\"ada@x.example\"}")
                .header("Resource-ID"));
        assertThat(client.put(path(V2EntryCollection.EMAILS) + "/" + own, "{\"value\":\"taken@x.example\"}")
                .status()).isEqualTo(409);
        assertThat(client.put(path(V2EntryCollection.EMAILS) + "/" + own, "{\"value\":\"ADA@x.example\"}")
                .status()).isEqualTo(204);
    }

    @Test
    void the_address_is_created_read_replaced_and_deleted() {
        String address = "/v2/customers/" + id + "/address";
        assertNotFound(client.get(address));
        Response created = client.post(address, """
                {"city": "Dallas", "state": "TX", "postalCode": "74206", "country": "US",
                 "lines": ["123 West Main St", "Suite 123"]}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        assertThat(created.header("Resource-ID")).matches("\\d+");
        assertThat(created.header("Location")).isEqualTo(client.base() + address);

        Response read = client.get(address);
        assertThat(read.header("Content-Type")).isEqualTo(V2Support.HAL);
        golden(read, "address.json", client, id);

        assertThat(client.put(address, "{\"city\":\"Prague\",\"lines\":[]}").status()).isEqualTo(204);
        JsonNode replaced = client.get(address).json();
        assertThat(replaced.get("city").asText()).isEqualTo("Prague");
        assertThat(replaced.has("state")).isFalse();
        assertThat(replaced.get("lines")).isEmpty();

        assertThat(client.post(address, "{\"city\":\"Brno\"}").status()).as("POST on an existing address replaces")
                .isEqualTo(201);
        assertThat(client.get(address).json().get("city").asText()).isEqualTo("Brno");

        assertThat(client.delete(address).status()).isEqualTo(204);
        assertNotFound(client.get(address));
        assertNotFound(client.delete(address));
        assertThat(customer(client, id).at("/_embedded").has("address")).isFalse();

        assertThat(client.put(address, "{\"country\":\"CZ\"}").status()).as("PUT creates a missing address")
                .isEqualTo(204);
        assertThat(client.get(address).json().get("country").asText()).isEqualTo("CZ");
    }

    @Test
    void address_bodies_are_checked_and_an_unknown_customer_is_a_404() {
        String address = "/v2/customers/" + id + "/address";
        assertError(client.post(address, "{\"lines\":[{\"a\":1}]}"), 400, "lines[0]", "InvalidType");
        assertError(client.put(address, "{\"city\":[\"x\"]}"), 400, "city", "InvalidType");
        String unknown = "/v2/customers/999999999/address";
        assertNotFound(client.get(unknown));
        assertNotFound(client.post(unknown, "{\"city\":\"x\"}"));
        assertNotFound(client.put(unknown, "{\"city\":\"x\"}"));
        assertNotFound(client.delete(unknown));
    }
}
