package io.frontdesk.report;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** An imported conversation counts when it happened, by its own dates, not when it was imported. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReportImportTest {

    @Parameter
    Backend backend;

    @Test
    void an_import_counts_at_its_own_dates() {
        try (ReportScenario s = new ReportScenario(backend, Instant.parse("2026-06-01T08:00:00Z"))) {
            long owner = s.tenant.owner().id();
            Response created = s.v2.post("/v2/conversations", "{\"subject\":\"Old\",\"type\":\"email\","
                    + "\"mailboxId\":" + s.tenant.mailbox().id() + ",\"status\":\"closed\",\"imported\":true,"
                    + "\"createdAt\":\"2026-01-10T10:00:00Z\",\"closedAt\":\"2026-01-10T12:00:00Z\","
                    + "\"customer\":{\"email\":\"old@customers.test\"},\"threads\":["
                    + "{\"type\":\"reply\",\"imported\":true,\"createdAt\":\"2026-01-10T11:00:00Z\",\"user\":" + owner
                    + ",\"customer\":{\"email\":\"old@customers.test\"},\"text\":\"Answer\"},"
                    + "{\"type\":\"customer\",\"imported\":true,\"createdAt\":\"2026-01-10T10:00:00Z\","
                    + "\"customer\":{\"email\":\"old@customers.test\"},\"text\":\"Question\"}]}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);

            Totals january = s.reports().overall(s.account(), new ReportQuery(new ReportPeriod(
                    Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")), null,
                    ReportFilter.ALL, false, null, null)).current();
            assertThat(january.conversationsCreated()).isEqualTo(1);
            assertThat(january.totalReplies()).isEqualTo(1);
            assertThat(january.firstResponseTime()).isEqualTo(3600.0);
            assertThat(january.closed()).isEqualTo(1);
            assertThat(january.resolved()).isEqualTo(1);
            assertThat(january.resolutionTime()).isEqualTo(7200.0);

            Totals june = s.reports().overall(s.account(), new ReportQuery(new ReportPeriod(
                    Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")), null,
                    ReportFilter.ALL, false, null, null)).current();
            assertThat(june.totalConversations()).as("the import itself is not activity").isZero();
        }
    }
}
