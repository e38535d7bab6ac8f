package io.frontdesk.admin;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast paths of resets and restores (SQLite's page copy and its account delete with the search triggers set
 * aside, PostgreSQL's COPY): search rows follow, other accounts keep theirs, and a request racing a restore sees one
 * snapshot or the other, never a mix.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminRestoreRaceTest {

    @Parameter
    Backend backend;

    private static final String SEARCH = "/v2/customers?query=(firstName:Zebulon)";

    @Test
    void resets_and_restores_keep_search_whole_and_a_racing_reader_sees_one_state() throws Exception {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            Client admin = fixture.admin;
            AdminFixture.Account reset = fixture.newAccount();
            AdminFixture.Account kept = fixture.newAccount();
            Client doomed = reset.v2();
            Client v2 = kept.v2();
            for (Client c : List.of(doomed, v2)) {
                assertThat(c.post("/v2/customers", "{\"firstName\":\"Zebulon\",\"emails\":[{\"type\":\"work\","
                        + "\"value\":\"zeb@race.test\"}]}").status()).isEqualTo(201);
            }
            assertThat(doomed.post("/v2/conversations", "{\"subject\":\"Needle\",\"type\":\"email\",\"status\":"
                    + "\"active\",\"mailboxId\":" + reset.mailboxId() + ",\"customer\":{\"email\":\"zeb@race.test\"},"
                    + "\"threads\":[{\"type\":\"customer\",\"text\":\"Haystack\"}]}").status()).isEqualTo(201);

            assertThat(admin.post("/_frontdesk/accounts/" + reset.id() + "/reset", "").status()).isEqualTo(204);
            Client again = reset.v2();
            assertThat(total(again, SEARCH)).as("the reset account's search rows are gone").isZero();
            assertThat(total(again, "/v2/conversations?status=all&query=(subject:Needle)")).isZero();
            assertThat(total(v2, SEARCH)).as("another account keeps its search rows").isEqualTo(1);
            assertThat(total(v2, "/v2/customers?query=(email:zeb@race.test)")).isEqualTo(1);
            assertThat(again.post("/v2/customers", "{\"firstName\":\"Zebulon\"}").status()).isEqualTo(201);
            assertThat(total(again, SEARCH)).as("the search triggers are back").isEqualTo(1);

            assertThat(admin.post("/_frontdesk/snapshots", "{\"name\":\"one\"}").status()).isEqualTo(201);
            for (int i = 0; i < 2; i++) {
                assertThat(v2.post("/v2/customers", "{\"firstName\":\"Zebulon\"}").status()).isEqualTo(201);
            }
            assertThat(admin.post("/_frontdesk/snapshots", "{\"name\":\"three\"}").status()).isEqualTo(201);

            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    Response r = v2.get(SEARCH);
                    seen.add(r.status() + ":" + (r.status() == 200 ? r.json().at("/page/totalElements").asText()
                            : r.body()));
                }
            });
            reader.start();
            try {
                for (int i = 0; i < 2; i++) {
                    assertThat(admin.post("/_frontdesk/snapshots/one/restore", "").status()).isEqualTo(200);
                    assertThat(total(v2, SEARCH)).as("restored search rows").isEqualTo(1);
                    assertThat(total(v2, "/v2/customers")).as("the trigger-kept customer count").isEqualTo(1);
                    assertThat(admin.post("/_frontdesk/snapshots/three/restore", "").status()).isEqualTo(200);
                    assertThat(total(v2, SEARCH)).isEqualTo(3);
                    assertThat(total(v2, "/v2/customers")).isEqualTo(3);
                }
            } finally {
                stop.set(true);
                reader.join();
            }
            assertThat(seen).isNotEmpty().allMatch(s -> s.equals("200:1") || s.equals("200:3"), "before or after");
            assertThat(total(v2, "/v2/customers")).isEqualTo(3);
        }
    }

    private static long total(Client client, String path) {
        Response r = client.get(path);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().at("/page/totalElements").asLong();
    }
}
