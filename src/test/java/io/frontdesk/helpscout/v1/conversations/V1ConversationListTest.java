package io.frontdesk.helpscout.v1.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.assertNotFound;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.counts;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.create;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.golden;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.ids;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.invalid;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 1.0 conversation lists (per mailbox, folder and customer), folders with their counts, conversation search and
 * the `fields=` selector.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1ConversationListTest {

    @Parameter
    Backend backend;

    @Test
    void mailbox_list_is_a_page_of_conversations_without_threads_newest_first() {
        Tenant tenant = backend.tenant();
        long first = create(tenant, "First", "first@example.com");
        long second = create(tenant, "Second", "second@example.com");

        String path = "/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json";
        golden(tenant.v1().get(path), 200, "conversations/list.json");
        assertThat(ids(ok(tenant.v1().get(path)))).containsExactly(second, first);
    }

    @Test
    void status_tag_and_modified_since_filter_the_list() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v1();
        long open = create(tenant, "Open", "open@example.com");
        long closed = create(tenant, "Closed", "closed@example.com");
        client.put("/v1/conversations/" + closed + ".json", "{\"status\": \"closed\", \"tags\": [\"refund\"]}");
        long pending = create(tenant, "Pending", "pending@example.com");
        client.put("/v1/conversations/" + pending + ".json", "{\"status\": \"pending\", \"tags\": [\"beta\"]}");
        String path = "/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json";

        assertThat(ids(ok(client.get(path + "?status=all")))).containsExactly(pending, closed, open);
        assertThat(ids(ok(client.get(path + "?status=active")))).containsExactly(open);
        assertThat(ids(ok(client.get(path + "?status=pending")))).containsExactly(pending);
        assertThat(ids(ok(client.get(path + "?tag=refund,beta")))).containsExactly(pending, closed);
        assertThat(ids(ok(client.get(path + "?tag=vip&status=active")))).containsExactly(open);
        assertThat(ids(ok(client.get(path + "?modifiedSince=2000-01-01T00:00:00Z")))).hasSize(3);
        assertThat(ids(ok(client.get(path + "?modifiedSince=2999-01-01T00:00:00Z")))).isEmpty();
        assertThat(invalid(client.get(path + "?status=sleeping"))).containsExactly("status");
        assertThat(invalid(client.get(path + "?modifiedSince=yesterday"))).containsExactly("modifiedSince");
        assertThat(invalid(client.get(path + "?page=0"))).containsExactly("page");
    }

    @Test
    void paging_to_the_last_page_as_the_java_sdk_does() {
        Tenant tenant = backend.tenant();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            created.add(create(tenant, "Conversation " + i, "c" + i + "@example.com"));
        }
        Collections.reverse(created);
        String path = "/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json";

        JsonNode first = ok(tenant.v1().get(path + "?page=null"));
        assertThat(counts(first)).isEqualTo("1/2/51");
        assertThat(ids(first)).isEqualTo(created.subList(0, 50));
        JsonNode last = ok(tenant.v1().get(path + "?page=2"));
        assertThat(counts(last)).isEqualTo("2/2/51");
        assertThat(ids(last)).isEqualTo(created.subList(50, 51));
        JsonNode past = ok(tenant.v1().get(path + "?page=3"));
        assertThat(counts(past)).isEqualTo("3/2/51");
        assertThat(past.get("items")).isEmpty();
    }

    @Test
    void folder_and_customer_lists() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v1();
        long open = create(tenant, "Open", "vbear@example.com");
        long closed = create(tenant, "Closed", "other@example.com");
        client.put("/v1/conversations/" + closed + ".json", "{\"status\": \"closed\"}");
        long mailbox = tenant.mailbox().id();
        long customer = ok(client.get("/v1/conversations/" + open + ".json")).at("/item/customer/id").asLong();

        JsonNode folders = ok(client.get("/v1/mailboxes/" + mailbox + "/folders.json"));
        golden(client.get("/v1/mailboxes/" + mailbox + "/folders.json"), 200, "conversations/folders.json");
        long unassigned = folders.at("/items/0/id").asLong();
        long closedFolder = folders.at("/items/4/id").asLong();
        assertThat(ids(ok(client.get("/v1/mailboxes/" + mailbox + "/folders/" + unassigned + "/conversations.json"))))
                .containsExactly(open);
        assertThat(ids(ok(client.get("/v1/mailboxes/" + mailbox + "/folders/" + closedFolder
                + "/conversations.json")))).containsExactly(closed);
        assertThat(ids(ok(client.get("/v1/mailboxes/" + mailbox + "/customers/" + customer + "/conversations.json"))))
                .containsExactly(open);
        client.put("/v1/conversations/" + open + ".json", "{\"owner\": {\"id\": " + tenant.owner().id() + "}}");
        assertThat(ids(ok(client.get("/v1/mailboxes/" + mailbox + "/users/" + tenant.owner().id()
                + "/conversations.json")))).containsExactly(open);

        Mailbox other = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales", "sales@folders.test");
        assertNotFound(client.get("/v1/mailboxes/" + other.id() + "/folders/" + unassigned + "/conversations.json"));
        assertNotFound(client.get("/v1/mailboxes/" + mailbox + "/folders/" + (mailbox * 10 + 9)
                + "/conversations.json"));
    }

    @Test
    void unknown_and_other_accounts_mailboxes_are_404() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        long conversation = create(alice, "Alice's", "a@example.com");
        long customer = ok(alice.v1().get("/v1/conversations/" + conversation + ".json")).at("/item/customer/id")
                .asLong();
        long mailbox = alice.mailbox().id();
        assertNotFound(bob.v1().get("/v1/mailboxes/" + bob.mailbox().id() + "/customers/" + customer
                + "/conversations.json"));

        assertNotFound(bob.v1().get("/v1/mailboxes/" + mailbox + "/conversations.json"));
        assertNotFound(bob.v1().get("/v1/mailboxes/" + mailbox + "/folders.json"));
        assertNotFound(bob.v1().get("/v1/mailboxes/" + mailbox + "/folders/" + (mailbox * 10 + 1)
                + "/conversations.json"));
        assertNotFound(bob.v1().get("/v1/mailboxes/" + mailbox + "/customers/1/conversations.json"));
        assertNotFound(bob.v1().get("/v1/mailboxes/999999999/conversations.json"));
        assertNotFound(bob.v1().get("/v1/mailboxes/" + bob.mailbox().id() + "/users/" + alice.owner().id()
                + "/conversations.json"));
        assertThat(ok(bob.v1().get("/v1/search/conversations.json")).get("count").asInt()).isZero();
    }

    @Test
    void search_uses_the_search_language_with_its_sort_and_paging() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v1();
        long machine = create(tenant, "Broken coffee machine", "vbear@example.com");
        long grinder = create(tenant, "Grinder noise", "other@example.com");

        golden(client.get("/v1/search/conversations.json?query=(subject:%22coffee%22)"), 200,
                "conversations/search.json");
        assertThat(ids(ok(client.get("/v1/search/conversations.json?query=(subject:%22coffee%22%20OR%20"
                + "subject:%22grinder%22)&sortField=number&sortOrder=asc")))).containsExactly(machine, grinder);
        assertThat(ids(ok(client.get("/v1/search/conversations.json?page=null&sortField=createdAt"))))
                .containsExactly(grinder, machine);
        JsonNode small = ok(client.get("/v1/search/conversations.json?pageSize=1&page=2&sortField=createdAt"));
        assertThat(counts(small)).isEqualTo("2/2/2");
        assertThat(ids(small)).containsExactly(machine);
        assertThat(invalid(client.get("/v1/search/conversations.json?query=(nonsense:%22x%22)")))
                .containsExactly("query");
        assertThat(invalid(client.get("/v1/search/conversations.json?sortField=colour"))).containsExactly("sortField");
    }

    /**
     * The Java SDK appends search values without URL-encoding them (reference §4.4): quotes and parentheses arrive
     * raw, `page=null` stands for the first page, and `fields=` follows unencoded too.
     */
    @Test
    void an_unencoded_search_from_the_java_sdk_is_understood() throws Exception {
        Tenant tenant = backend.tenant();
        long machine = create(tenant, "Broken coffee machine", "vbear@example.com");
        create(tenant, "Grinder noise", "other@example.com");

        String answer = rawGet(tenant, "/v1/search/conversations.json?query=(subject:\"coffee\")&page=null"
                + "&fields=id,subject");

        assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\"count\":1")
                .contains("\"items\":[{\"id\":" + machine + ",\"subject\":\"Broken coffee machine\"}]");
    }

    /** One request written byte for byte, as a client that does not encode its query sends it. */
    private static String rawGet(Tenant tenant, String target) throws java.io.IOException {
        java.net.URI base = java.net.URI.create(tenant.server().baseUrl());
        String auth = java.util.Base64.getEncoder().encodeToString((tenant.apiKey().secret() + ":X")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nAuthorization: Basic " + auth + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_fields_selector_trims_items_and_their_nested_objects() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");
        Client client = tenant.v1();

        JsonNode item = ok(client.get("/v1/conversations/" + id + ".json?fields=id,subject,mailbox:(name)"))
                .get("item");
        assertThat(item.toString()).isEqualTo("{\"id\":" + id + ",\"subject\":\"Broken machine\","
                + "\"mailbox\":{\"name\":\"Support\"}}");
        JsonNode page = ok(client.get("/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json?fields=id"));
        assertThat(page.get("items").get(0).toString()).isEqualTo("{\"id\":" + id + "}");
        assertThat(counts(page)).isEqualTo("1/1/1");
        JsonNode mailbox = ok(client.get("/v1/mailboxes/" + tenant.mailbox().id()
                + ".json?fields=id,name,folders:(id,name,type)")).get("item");
        assertThat(mailbox.get("folders").get(0).size()).isEqualTo(3);
        assertThat(mailbox.has("slug")).isFalse();
        JsonNode customer = ok(client.get("/v1/customers/" + ok(client.get("/v1/conversations/" + id + ".json"))
                .at("/item/customer/id").asLong() + ".json?fields=firstName")).get("item");
        assertThat(customer.toString()).isEqualTo("{\"firstName\":\"Vernon\"}");
        assertThat(invalid(client.get("/v1/conversations/" + id + ".json?fields=id,mailbox:(name"))).containsExactly(
                "fields");
        assertThat(invalid(client.get("/v1/conversations/" + id + ".json?fields=,"))).containsExactly("fields");
    }
}
