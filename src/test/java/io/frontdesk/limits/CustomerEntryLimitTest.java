package io.frontdesk.limits;

import io.frontdesk.customer.EntryKind;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A customer holds at most {@link EntryKind#MAX_PER_CUSTOMER} entries of each kind, whichever way they arrive, and a
 * create with the most it may hold is written in time linear in them (one search-row write on SQLite, not one per
 * entry), so it stays searchable by every one of them.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CustomerEntryLimitTest {

    private static final int MAX = EntryKind.MAX_PER_CUSTOMER;

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client v2;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        v2 = tenant.v2();
    }

    private static String emails(int count, String prefix) {
        return IntStream.range(0, count).mapToObj(i -> "{\"value\":\"" + prefix + i + "@many.test\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String phones(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"value\":\"555-" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void a_create_with_the_most_entries_is_stored_whole_and_found_by_its_last_email_and_phone() {
        Response created = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> v2.post("/v2/customers",
                "{\"firstName\":\"Many\",\"emails\":" + emails(MAX, "m") + ",\"phones\":" + phones(MAX) + "}"));

        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        Response customer = v2.get(location.substring(location.indexOf("/v2/")) + "?embed=true");
        assertThat(customer.json().at("/_embedded/emails").size()).isEqualTo(MAX);
        assertThat(customer.json().at("/_embedded/phones").size()).isEqualTo(MAX);
        assertThat(v2.get("/v2/customers?query=" + "(email:%22m" + (MAX - 1) + "@many%22)")
                .json().at("/page/totalElements").asLong()).isEqualTo(1);
        assertThat(v2.get("/v2/customers?query=" + "(email:%22m1@many.test%22)")
                .json().at("/page/totalElements").asLong()).isEqualTo(1);
        assertThat(v2.get("/v2/customers?query=" + "(phone:%22555-" + (MAX - 1) + "%22)")
                .json().at("/page/totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void one_email_over_the_limit_is_a_validation_error_naming_the_list_and_nothing_is_created() {
        Response response = v2.post("/v2/customers", "{\"firstName\":\"Too\",\"emails\":" + emails(MAX + 1, "t")
                + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/_embedded/errors/0/path").asText()).isEqualTo("emails");
        assertThat(v2.get("/v2/customers").json().at("/page/totalElements").asLong()).isZero();
    }

    @Test
    void thousands_of_emails_are_refused_quickly() {
        Response response = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> v2.post("/v2/customers",
                "{\"firstName\":\"Flood\",\"emails\":" + emails(2240, "f") + "}"));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void adding_an_entry_past_the_limit_is_refused_in_each_dialect() {
        Response created = v2.post("/v2/customers", "{\"firstName\":\"Full\",\"emails\":" + emails(MAX, "x") + "}");
        String location = created.header("Location");
        String path = location.substring(location.indexOf("/v2/"));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        Response v2Add = v2.post(path + "/emails", "{\"type\":\"work\",\"value\":\"extra@many.test\"}");
        Response v1Add = tenant.v1().put("/v1/customers/" + id + ".json",
                "{\"emails\":[{\"value\":\"extra1@many.test\"}]}");

        assertThat(v2Add.status()).isEqualTo(400);
        assertThat(v2Add.json().at("/_embedded/errors/0/path").asText()).isEqualTo("emails");
        assertThat(v1Add.status()).isEqualTo(400);
        Response customer = v2.get(path + "/emails");
        assertThat(customer.json().at("/_embedded/emails").size()).isEqualTo(MAX);
    }
}
