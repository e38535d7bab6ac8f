package io.frontdesk.helpcrunch;

import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * `POST /chats/search` for every chat field and operator, `comparison`, sorting, paging and the bounds shared with
 * customer search. Three chats: A (John, assigned to Sam, who replied; closed and rated great), B (Jane, unassigned,
 * a customer message; on hold) and C (John again, empty, assigned to Ola).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HcSearchChatsTest {

    @Parameter
    Backend backend;

    private Client hc;
    private long a;
    private long b;
    private long c;
    private User sam;
    private long john;
    private long jane;

    @BeforeEach
    void chats() {
        Tenant tenant = backend.tenant();
        hc = tenant.hc();
        Client v2 = tenant.v2();
        sam = tenant.server().app().accounts().createUser(tenant.accountId(), "Sam", "Agent", "sam@agents.example",
                Role.USER);
        User ola = tenant.server().app().accounts().createUser(tenant.accountId(), "Ola", "Agent",
                "ola@agents.example", Role.USER);
        john = HcTests.create(hc, "{\"name\":\"John\",\"email\":\"john@example.com\",\"userId\":\"u1\","
                + "\"tags\":[{\"name\":\"Lead\"}]}");
        jane = HcTests.create(hc, "{\"name\":\"Jane\",\"email\":\"jane@gmail.com\",\"userId\":\"u2\"}");
        a = hc.post("/chats", "{\"customer\":" + john + ",\"assignee\":" + sam.id() + "}").json().get("id").asLong();
        b = hc.post("/chats", "{\"customer\":" + jane + "}").json().get("id").asLong();
        c = hc.post("/chats", "{\"customer\":" + john + ",\"assignee\":" + ola.id() + "}").json().get("id").asLong();
        v2.post("/v2/conversations/" + a + "/customer", "{\"customer\":{\"id\":" + john + "},\"text\":\"Hi\"}");
        v2.post("/v2/conversations/" + a + "/reply", "{\"customer\":{\"id\":" + john + "},\"text\":\"Hello\","
                + "\"user\":" + sam.id() + "}");
        hc.put("/chats/status", "{\"id\":" + a + ",\"status\":\"closed\"}");
        assertThat(hc.put("/chats/rate", "{\"id\":" + a + ",\"rating\":\"great\"}").status()).isEqualTo(200);
        v2.post("/v2/conversations/" + b + "/customer", "{\"customer\":{\"id\":" + jane + "},\"text\":\"Help\"}");
        hc.put("/chats/status", "{\"id\":" + b + ",\"status\":\"on-hold\"}");
    }

    private List<Long> search(String field, String operator, String value) {
        return HcTests.ids(hc.post("/chats/search", "{\"filter\":[{\"field\":\"" + field + "\",\"operator\":\""
                + operator + "\",\"value\":" + value + "}]}"));
    }

    @Test
    void every_field_and_operator_matches_as_documented() {
        Map<String, List<Long>> cases = new java.util.LinkedHashMap<>();
        cases.put("chats.status|=|\"closed\"", List.of(a));
        cases.put("chats.status|=|\"5\"", List.of(a));
        cases.put("chats.status|!=|\"closed\"", List.of(b, c));
        cases.put("chats.status|=|\"on hold\"", List.of(b));
        cases.put("chats.status|=|4", List.of(b));
        cases.put("chats.status|=|\"empty\"", List.of(c));
        cases.put("chats.status|=|\"7\"", List.of(c));
        cases.put("chats.status|=|\"new\"", List.of());
        cases.put("chats.assignee|=|" + sam.id(), List.of(a));
        cases.put("chats.assignee|!=|" + sam.id(), List.of(b, c));
        cases.put("chats.assignee|>|0", List.of(a, c));
        cases.put("chats.assignee|=|null", List.of(b));
        cases.put("chats.assignee|!=|null", List.of(a, c));
        cases.put("chats.agents|=|" + sam.id(), List.of(a));
        cases.put("chats.agents|!=|" + sam.id(), List.of(b, c));
        cases.put("chats.agents|>=|0", List.of(a));
        cases.put("chats.customer|=|" + john, List.of(a, c));
        cases.put("chats.customer|!=|" + john, List.of(b));
        cases.put("chats.customer.email|=|\"JOHN@example.com\"", List.of(a, c));
        cases.put("chats.customer.email|!=|\"john@example.com\"", List.of(b));
        cases.put("chats.customer.email|~|\"gmail\"", List.of(b));
        cases.put("chats.customer.email|!~|\"gmail\"", List.of(a, c));
        cases.put("chats.customer.userId|=|\"u2\"", List.of(b));
        cases.put("chats.customer.userId|~|\"U\"", List.of(a, b, c));
        cases.put("chats.customer.tagsData|=|[{\"name\":\"lead\"}]", List.of(a, c));
        cases.put("chats.customer.tagsData|!=|[{\"name\":\"Lead\"}]", List.of(b));
        cases.put("chats.rating|=|\"great\"", List.of(a));
        cases.put("chats.rating|!=|\"great\"", List.of(b, c));
        cases.put("chats.rating|~|\"rea\"", List.of(a));
        cases.put("chats.rating|=|null", List.of(b, c));
        cases.put("chats.closedAt|!=|null", List.of(a));
        cases.put("chats.closedAt|=|null", List.of(b, c));
        cases.put("chats.closedAt|>|0", List.of(a));
        cases.put("chats.createdAt|>=|\"0\"", List.of(a, b, c));
        cases.put("chats.createdAt|<=|1", List.of());
        cases.put("chats.updatedAt|>|1603885746", List.of(a, b, c));
        cases.put("chats.department|=|5", List.of());
        cases.put("chats.department|=|null", List.of(a, b, c));
        List<String> wrong = new ArrayList<>();
        cases.forEach((clause, expected) -> {
            String[] parts = clause.split("\\|", 3);
            List<Long> actual = search(parts[0], parts[1], parts[2]);
            if (!actual.equals(expected)) {
                wrong.add(clause + " gave " + actual + ", expected " + expected);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void comparison_sort_order_and_paging() {
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"comparison\":\"or\",\"filter\":["
                + "{\"field\":\"chats.status\",\"operator\":\"=\",\"value\":\"closed\"},"
                + "{\"field\":\"chats.status\",\"operator\":\"=\",\"value\":\"empty\"}]}"))).containsExactly(a, c);
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"filter\":["
                + "{\"field\":\"chats.customer\",\"operator\":\"=\",\"value\":" + john + "},"
                + "{\"field\":\"chats.status\",\"operator\":\"=\",\"value\":\"empty\"}]}"))).containsExactly(c);
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"sort\":\"chats.lastMessageAt\",\"order\":\"asc\"}")))
                .containsExactly(c, a, b);
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"sort\":\"lastMessageAt\",\"order\":\"DESC\"}")))
                .containsExactly(b, a, c);
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"sort\":\"chats.lastCustomerMessageAt\"}")))
                .containsExactly(c, a, b);
        assertThat(HcTests.ids(hc.post("/chats/search", "{\"sort\":\"chats.closedAt\",\"order\":\"desc\"}")))
                .containsExactly(a, b, c);
        Response page = hc.post("/chats/search", "{\"sort\":\"chats.createdAt\",\"limit\":1,\"offset\":1}");
        assertThat(HcTests.ids(page)).containsExactly(b);
        assertThat(page.json().get("total").asLong()).isEqualTo(3);
        assertThat(page.json().at("/meta/total").asLong()).isEqualTo(3);
        assertThat(HcTests.ids(hc.get("/chats?limit=2&offset=1&order=desc"))).containsExactly(b, a);
    }

    @Test
    void malformed_filters_are_refused_under_their_paths() {
        assertInvalid(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.mood\",\"operator\":\"=\","
                + "\"value\":1}]}"), "filter[0].field", HcMessages.CHOICE);
        assertInvalid(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.status\",\"operator\":\">\","
                + "\"value\":\"3\"}]}"), "filter[0].operator", HcMessages.operatorNotAllowed(">", "chats.status"));
        assertInvalid(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.status\",\"operator\":\"=\","
                + "\"value\":\"done\"}]}"), "filter[0].value", HcMessages.CHOICE);
        assertInvalid(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.createdAt\",\"operator\":\"=\","
                + "\"value\":\"18 Jun 2020\"}]}"), "filter[0].value", HcMessages.NUMERIC);
        assertInvalid(hc.post("/chats/search", "{\"filter\":[{\"field\":\"chats.customer\",\"operator\":\"=\","
                + "\"value\":null}]}"), "filter[0].value", HcMessages.NOT_BLANK);
        assertInvalid(hc.post("/chats/search", "{\"filter\":[{\"operator\":\"=\",\"value\":1}]}"),
                "filter[0].field", HcMessages.NOT_BLANK);
        assertInvalid(hc.post("/chats/search", "{\"filter\":{}}"), "filter", HcMessages.ARRAY);
        String clause = "{\"field\":\"chats.customer\",\"operator\":\"=\",\"value\":1}";
        assertInvalid(hc.post("/chats/search", "{\"filter\":[" + String.join(",",
                java.util.Collections.nCopies(HcSearchFilters.MAX_FILTERS + 1, clause)) + "]}"), "filter",
                HcMessages.countAtMost(HcSearchFilters.MAX_FILTERS));
        assertInvalid(hc.post("/chats/search", "{\"sort\":\"chats.rating\"}"), "sort", HcMessages.CHOICE);
        assertInvalid(hc.post("/chats/search", "{\"comparison\":\"XOR\"}"), "comparison", HcMessages.CHOICE);
        assertInvalid(hc.get("/chats?limit=101"), "limit", HcMessages.atMost(100));
        assertInvalid(hc.get("/chats?order=up"), "order", HcMessages.CHOICE);
    }
}
