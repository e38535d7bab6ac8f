package io.frontdesk.helpscout.v1.directory;

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

import static io.frontdesk.helpscout.v1.directory.V1Directory.counts;
import static io.frontdesk.helpscout.v1.directory.V1Directory.golden;
import static io.frontdesk.helpscout.v1.directory.V1Directory.ids;
import static io.frontdesk.helpscout.v1.directory.V1Directory.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v1/tags.json`: `{id, slug, tag, count, color, createdAt, modifiedAt}` items, 50 a page. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1TagsTest {

    @Parameter
    Backend backend;

    @Test
    void tags_json_lists_the_accounts_tags() {
        Tenant tenant = backend.tenant();
        tenant.server().app().tags().resolve(tenant.accountId(),
                List.of(new TagInput("VIP Customer", "#ff0000"), new TagInput("billing", null)));

        golden(tenant.v1().get("/v1/tags.json"), "tags/list.json");
    }

    @Test
    void count_is_the_number_of_conversations_carrying_the_tag() {
        Tenant tenant = backend.tenant();
        Tag tag = tenant.server().app().tags().resolve(tenant.accountId(), List.of(new TagInput("vip", null))).get(0);
        Response customer = tenant.v1().post("/v1/customers.json",
                "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\",\"emails\":[{\"value\":\"vb@x.test\"}]}");
        long customerId = customer.locationId();
        long now = Instant.now().toEpochMilli();
        tenant.server().app().database().withHandle(h -> {
            long conversation = h.createQuery("""
                            INSERT INTO conversations (account_id, number, mailbox_id, customer_id, subject, status,
                                                       created_at, updated_at)
                            VALUES (:a, 1, :m, :c, 'Hello', 'active', :now, :now) RETURNING id""")
                    .bind("a", tenant.accountId()).bind("m", tenant.mailbox().id()).bind("c", customerId)
                    .bind("now", now).mapTo(Long.class).one();
            return h.execute("INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)", conversation,
                    tag.id());
        });

        assertThat(ok(tenant.v1().get("/v1/tags.json")).at("/items/0/count").asLong()).isEqualTo(1);
    }

    @Test
    void fifty_a_page_and_no_other_accounts_tags() {
        Tenant tenant = backend.tenant();
        Tenant other = backend.tenant();
        Client client = tenant.v1();
        List<Long> all = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            // zero-padded: tags list alphabetically, and then that is the order they were made in
            all.add(tenant.server().app().tags().resolve(tenant.accountId(),
                    List.of(new TagInput(String.format("t%02d", i), null))).get(0).id());
        }

        JsonNode first = ok(client.get("/v1/tags.json"));
        assertThat(counts(first)).isEqualTo("1/2/51");
        assertThat(ids(first)).isEqualTo(all.subList(0, 50));
        JsonNode second = ok(client.get("/v1/tags.json?page=2"));
        assertThat(ids(second)).isEqualTo(all.subList(50, 51));
        assertThat(counts(ok(other.v1().get("/v1/tags.json")))).isEqualTo("1/0/0");
    }
}
