package io.frontdesk.admin;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Named snapshots of the whole database: save, list, restore (rows, ids to come, credentials), delete. */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminSnapshotsTest {

    @Parameter
    Backend backend;

    @Test
    void a_restore_brings_back_rows_credentials_and_the_ids_to_come() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            Client admin = fixture.admin;
            AdminFixture.Account kept = fixture.newAccount();
            Client v2 = kept.v2();
            long before = Long.parseLong(v2.post("/v2/customers", "{\"firstName\":\"Kept\"}").header("Resource-ID"));
            assertThat(v2.post("/v2/conversations", "{\"subject\":\"Kept\",\"type\":\"email\",\"status\":\"active\","
                    + "\"mailboxId\":" + kept.mailboxId() + ",\"customer\":{\"email\":\"k@snap.test\"},\"threads\":"
                    + "[{\"type\":\"customer\",\"text\":\"Hello\"}]}").status()).isEqualTo(201);

            Response saved = admin.post("/_frontdesk/snapshots", "{\"name\":\"seeded\"}");
            assertThat(saved.status()).as("%s", saved).isEqualTo(201);
            assertThat(saved.json().get("rows").asLong()).isPositive();

            AdminFixture.Account later = fixture.newAccount();
            long after = Long.parseLong(v2.post("/v2/customers", "{\"firstName\":\"Later\"}").header("Resource-ID"));
            v2.delete("/v2/customers/" + before);

            Response restored = admin.post("/_frontdesk/snapshots/seeded/restore", "");
            assertThat(restored.status()).as("%s", restored).isEqualTo(200);

            Client again = kept.v2();
            assertThat(again.get("/v2/customers/" + before).status()).isEqualTo(200);
            assertThat(again.get("/v2/customers/" + after).status()).isEqualTo(404);
            assertThat(again.get("/v2/customers?query=(firstName:Kept)").json().at("/page/totalElements").asLong())
                    .as("the search index follows").isEqualTo(1);
            assertThat(again.get("/v2/conversations?status=all").json().at("/page/totalElements").asLong())
                    .isEqualTo(1);
            assertThat(later.v1().get("/v1/mailboxes.json").status()).as("made after the snapshot").isEqualTo(401);
            assertThat(Long.parseLong(again.post("/v2/customers", "{\"firstName\":\"Next\"}").header("Resource-ID")))
                    .as("ids go on from where the snapshot stood").isEqualTo(after);
            assertThat(admin.post("/_frontdesk/accounts/" + kept.id() + "/reset", "").status()).isEqualTo(204);

            assertThat(admin.get("/_frontdesk/snapshots").json().get(0).get("name").asText()).isEqualTo("seeded");
            assertThat(admin.delete("/_frontdesk/snapshots/seeded").status()).isEqualTo(204);
            assertThat(admin.delete("/_frontdesk/snapshots/seeded").status()).isEqualTo(404);
            assertThat(admin.post("/_frontdesk/snapshots/seeded/restore", "").status()).isEqualTo(404);
            assertThat(admin.post("/_frontdesk/snapshots", "{\"name\":\"a b\"}").json()
                    .at("/error/fields/0/field").asText()).isEqualTo("name");
            assertThat(admin.post("/_frontdesk/snapshots", "{}").status()).isEqualTo(400);
        }
    }
}
