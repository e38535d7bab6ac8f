package io.frontdesk.helpscout.v2.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagInput;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.frontdesk.helpscout.v2.directory.Directory.golden;
import static io.frontdesk.helpscout.v2.directory.Directory.ids;
import static io.frontdesk.helpscout.v2.directory.Directory.ok;
import static io.frontdesk.helpscout.v2.directory.Directory.relative;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/tags`: account-wide tags, shared with HelpCrunch customer tags. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2TagsTest {

    @Parameter
    Backend backend;

    @Test
    void tags_are_listed_alphabetically_whatever_the_case_with_slug_color_and_ticket_count() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        tenant.server().app().tags().resolve(tenant.accountId(),
                List.of(new TagInput("VIP Customer", "#ff0000"), new TagInput("billing", null)));

        golden(client.get("/v2/tags"), "tags/list.json", client);
    }

    @Test
    void no_tags_is_a_page_without_embedded() {
        Client client = backend.tenant().v2();

        golden(client.get("/v2/tags"), "tags/empty.json", client);
    }

    @Test
    void a_tag_given_to_a_customer_through_helpcrunch_is_a_help_scout_tag() {
        Tenant tenant = backend.tenant();
        Response created = tenant.hc().post("/customers",
                "{\"name\": \"John\", \"tags\": [{\"name\": \"from-crunch\", \"color\": \"#123456\"}]}");
        assertThat(created.status()).as(created.toString()).isBetween(200, 201);

        JsonNode tag = ok(tenant.v2().get("/v2/tags")).at("/_embedded/tags/0");
        assertThat(tag.get("name").asText()).isEqualTo("from-crunch");
        assertThat(tag.get("color").asText()).isEqualTo("#123456");
        assertThat(tag.get("ticketCount").asLong()).isZero();
    }

    @Test
    void ticket_count_counts_the_conversations_carrying_the_tag_not_the_customers() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        Response customer = tenant.hc().post("/customers",
                "{\"name\": \"John\", \"tags\": [{\"name\": \"vip\"}, {\"name\": \"quiet\"}]}");
        assertThat(customer.status()).as(customer.toString()).isBetween(200, 201);
        long customerId = customer.json().get("id").asLong();
        List<Tag> tags = tenant.server().app().tags().resolve(tenant.accountId(),
                List.of(new TagInput("vip", null), new TagInput("quiet", null)));
        for (int n = 1; n <= 2; n++) {
            long conversation = insertConversation(tenant, customerId, n);
            tagConversation(tenant, conversation, tags.get(0).id());
        }

        JsonNode page = ok(client.get("/v2/tags"));
        assertThat(page.at("/_embedded/tags/1/name").asText()).isEqualTo("vip");
        assertThat(page.at("/_embedded/tags/1/ticketCount").asLong()).isEqualTo(2);
        assertThat(page.at("/_embedded/tags/0/ticketCount").asLong()).isZero();
    }

    /** A bare conversation row; the conversation API belongs to another suite, so SQL it is. */
    static long insertConversation(Tenant tenant, long customerId, long number) {
        long now = Instant.now().toEpochMilli();
        return tenant.server().app().database().withHandle(h -> h.createQuery("""
                        INSERT INTO conversations (account_id, number, mailbox_id, customer_id, subject, status,
                                                   created_at, updated_at)
                        VALUES (:account, :number, :mailbox, :customer, 'Hello', 'active', :now, :now) RETURNING id""")
                .bind("account", tenant.accountId()).bind("number", number).bind("mailbox", tenant.mailbox().id())
                .bind("customer", customerId).bind("now", now).mapTo(Long.class).one());
    }

    static void tagConversation(Tenant tenant, long conversationId, long tagId) {
        tenant.server().app().database().withHandle(h -> h.execute(
                "INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)", conversationId, tagId));
    }

    @Test
    void fifty_a_page_and_no_other_accounts_tags() {
        Tenant tenant = backend.tenant();
        Tenant other = backend.tenant();
        Client client = tenant.v2();
        List<Long> all = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            Tag tag = tenant.server().app().tags().resolve(tenant.accountId(),
                    List.of(new TagInput(String.format("tag %02d", i), null))).get(0);
            all.add(tag.id());
        }
        other.server().app().tags().resolve(other.accountId(), List.of(new TagInput("tag 01", null)));

        JsonNode first = ok(client.get("/v2/tags"));
        assertThat(first.get("page").toString())
                .isEqualTo("{\"size\":50,\"totalElements\":51,\"totalPages\":2,\"number\":1}");
        assertThat(ids(first, "tags")).isEqualTo(all.subList(0, 50));
        JsonNode second = ok(client.get(relative(client, first.at("/_links/next/href").asText())));
        assertThat(ids(second, "tags")).isEqualTo(all.subList(50, 51));
        assertThat(ok(other.v2().get("/v2/tags")).at("/page/totalElements").asInt()).isEqualTo(1);
    }
}
