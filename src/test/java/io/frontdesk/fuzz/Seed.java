package io.frontdesk.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One tenant's data for the fuzzer to aim at: a customer with an entry of every kind, an address and property values,
 * a second customer, a conversation with a customer thread, a note and an attachment, and mailbox fields of every
 * type. Everything is made through the public API (except mailbox fields, which only the CLI defines), so seeding
 * also proves the valid bodies valid. {@link #refresh()} makes new customers and a new conversation after the fuzzer
 * deleted the old ones.
 */
final class Seed {

    private static final AtomicLong UNIQUE = new AtomicLong();

    final Tenant tenant;
    final String bearer;
    final Client v2;
    final Client v1;
    final Client hc;
    final long mailboxId;
    final long secondMailboxId;
    final long ownerId;
    final Map<FieldType, Long> fieldIds = new EnumMap<>(FieldType.class);
    final long dropdownOptionId;
    long customerId;
    long secondCustomerId;
    final Map<EntryKind, Long> entryIds = new EnumMap<>(EntryKind.class);
    long conversationId;
    /** A chat (a conversation of type chat) the customer wrote in and the owner answered. */
    long chatId;
    long threadId;
    long noteId;
    /** A draft reply, which "send later" schedules. */
    long draftId;
    long attachmentId;
    long webhookId;
    long organizationId;
    /** A text organization property, addressed by its id (the routes take a slug or an id). */
    long organizationPropertyId;
    long teamId;
    long savedReplyId;
    /** A manual workflow of {@link #mailboxId} that tags what it runs on. */
    long workflowId;
    /** An agent the fuzzer may delete. */
    long agentId;

    Seed(Tenant tenant) {
        this.tenant = tenant;
        this.v2 = tenant.v2();
        String form = "grant_type=client_credentials&client_id=" + tenant.oauthApp().credential().clientId()
                + "&client_secret=" + tenant.oauthApp().secret();
        this.bearer = "Bearer " + tenant.anonymous().send("POST", "/v2/oauth2/token", form,
                "application/x-www-form-urlencoded").json().get("access_token").asText();
        this.v1 = tenant.v1();
        this.hc = tenant.hc();
        this.mailboxId = tenant.mailbox().id();
        this.ownerId = tenant.owner().id();
        this.secondMailboxId = tenant.server().app().mailboxes()
                .create(tenant.accountId(), "Sales", unique("sales") + "@fuzz.test").id();
        int order = 1;
        for (FieldType type : FieldType.values()) {
            MailboxField field = tenant.server().app().mailboxFields().create(tenant.accountId(), mailboxId,
                    "Field " + type, type, false, order++, type == FieldType.DROPDOWN ? List.of("Trial", "Paid")
                            : List.of());
            fieldIds.put(type, field.id());
        }
        MailboxField dropdown = tenant.server().app().mailboxFields().list(tenant.accountId(), mailboxId).stream()
                .filter(field -> field.type() == FieldType.DROPDOWN).findFirst().orElseThrow();
        this.dropdownOptionId = dropdown.options().get(0).id();
        for (String property : List.of(
                "{\"type\":\"text\",\"slug\":\"car\",\"name\":\"Car\"}",
                "{\"type\":\"number\",\"slug\":\"seats\",\"name\":\"Seats\"}",
                "{\"type\":\"url\",\"slug\":\"site\",\"name\":\"Site\"}",
                "{\"type\":\"date\",\"slug\":\"renewal\",\"name\":\"Renewal\"}",
                "{\"type\":\"dropdown\",\"slug\":\"plan\",\"name\":\"Plan\",\"options\":[{\"label\":\"Trial\"},"
                        + "{\"label\":\"Paid\"}]}")) {
            expect(v2.post("/v2/customer-properties", property), 201);
        }
        refresh();
    }

    /** New customers, entries and a new conversation; the fuzzer may have deleted the previous ones. */
    void refresh() {
        // Webhooks the fuzzer created count against the account's bound of 50: start again from one.
        for (var hook : tenant.server().app().webhooks().list(tenant.accountId())) {
            tenant.server().app().webhooks().delete(tenant.accountId(), hook.id(), null);
        }
        webhookId = created(v2.post("/v2/webhooks", "{\"url\":\"https://93.184.216.34/seed\","
                + "\"events\":[\"convo.created\"],\"secret\":\"s3cret\"}"));
        customerId = created(v2.post("/v2/customers", "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"" + email() + "\"}],"
                + "\"phones\":[{\"type\":\"work\",\"value\":\"+1 555 0100\"}],"
                + "\"chats\":[{\"type\":\"aim\",\"value\":\"vbear\"}],"
                + "\"socialProfiles\":[{\"type\":\"twitter\",\"value\":\"https://twitter.com/vbear\"}],"
                + "\"websites\":[{\"value\":\"https://vbear.example\"}],"
                + "\"address\":{\"city\":\"Dallas\",\"state\":\"TX\",\"postalCode\":\"74206\",\"country\":\"US\","
                + "\"lines\":[\"123 West Main St\"]},"
                + "\"properties\":[{\"slug\":\"car\",\"value\":\"Tesla\"},{\"slug\":\"seats\",\"value\":3}]}"));
        Customer customer = tenant.server().app().customers().get(tenant.accountId(), customerId);
        entryIds.clear();
        for (Entry entry : customer.entries()) {
            entryIds.putIfAbsent(entry.kind(), entry.id());
        }
        secondCustomerId = created(v2.post("/v2/customers", "{\"firstName\":\"Karl\",\"emails\":[{\"type\":\"home\","
                + "\"value\":\"" + email() + "\"}]}"));
        conversationId = created(v2.post("/v2/conversations", "{\"subject\":\"Seeded\",\"type\":\"email\","
                + "\"mailboxId\":" + mailboxId + ",\"status\":\"active\",\"customer\":{\"id\":" + customerId + "},"
                + "\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":" + customerId + "},\"text\":\"Hello\"}],"
                + "\"tags\":[\"vip\"],\"fields\":[{\"id\":" + fieldIds.get(FieldType.SINGLE_LINE)
                + ",\"value\":\"trial\"}]}"));
        chatId = created(v2.post("/v2/conversations", "{\"subject\":\"Chat\",\"type\":\"chat\","
                + "\"mailboxId\":" + mailboxId + ",\"status\":\"closed\",\"customer\":{\"id\":" + customerId + "},"
                + "\"threads\":[{\"type\":\"reply\",\"customer\":{\"id\":" + customerId + "},\"text\":\"Hi\"},"
                + "{\"type\":\"chat\",\"customer\":{\"id\":" + customerId + "},\"text\":\"Hello\"}]}"));
        JsonNode threads = v2.get("/v2/conversations/" + conversationId + "/threads").json();
        threadId = threads.at("/_embedded/threads/0/id").asLong();
        noteId = created(v2.post("/v2/conversations/" + conversationId + "/notes", "{\"text\":\"A note\"}"));
        draftId = created(v2.post("/v2/conversations/" + conversationId + "/reply", "{\"customer\":{\"id\":"
                + customerId + "},\"text\":\"Later\",\"draft\":true}"));
        attachmentId = created(v2.post("/v2/conversations/" + conversationId + "/threads/" + noteId + "/attachments",
                "{\"fileName\":\"a.txt\",\"mimeType\":\"text/plain\",\"data\":\"aGVsbG8=\"}"));
        organizationId = created(v2.post("/v2/organizations", "{\"name\":\"Acme\",\"domain\":\"acme.test\"}"));
        // an account holds at most 50 definitions: a new one only when the fuzzer deleted the last
        boolean propertyLive = tenant.server().app().organizations().properties(tenant.accountId()).stream()
                .anyMatch(property -> property.id() == organizationPropertyId);
        if (!propertyLive) {
            String slug = unique("tier");
            expect(v2.post("/v2/organizations/properties", "{\"type\":\"text\",\"slug\":\"" + slug
                    + "\",\"name\":\"Tier\"}"), 201);
            organizationPropertyId = tenant.server().app().organizations().property(tenant.accountId(), slug).id();
        }
        savedReplyId = created(v2.post("/v2/mailboxes/" + mailboxId + "/saved-replies",
                "{\"name\":\"Welcome\",\"text\":\"Hi there\"}"));
        teamId = tenant.server().app().teams().create(tenant.accountId(), unique("Team"), null).id();
        workflowId = tenant.server().app().workflows().create(tenant.accountId(), new io.frontdesk.workflow.NewWorkflow(
                mailboxId, unique("Flow"), io.frontdesk.workflow.WorkflowType.MANUAL,
                io.frontdesk.workflow.WorkflowStatus.ACTIVE, new io.frontdesk.workflow.WorkflowDefinition(
                java.util.Set.of(), true, java.util.List.of(), java.util.List.of(
                new io.frontdesk.workflow.WorkflowAction.AddTags(java.util.List.of("flow")))))).id();
        agentId = tenant.server().app().accounts().createUser(tenant.accountId(), "Ann", "Agent", email(),
                Role.USER).id();
    }

    /** The `Authorization` header a well-behaved client of {@code wire} sends. */
    String authorization(Wire wire) {
        return switch (wire) {
            case HELPSCOUT_V2 -> bearer;
            case HELPSCOUT_V1 -> "Basic " + Base64.getEncoder().encodeToString((tenant.apiKey().secret() + ":X")
                    .getBytes(StandardCharsets.UTF_8));
            case HELPCRUNCH -> "Bearer " + tenant.helpcrunchKey().secret();
            case OAUTH_TOKEN -> null;
        };
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + UNIQUE.incrementAndGet();
    }

    static String email() {
        return unique("fz") + "@fuzz.test";
    }

    private static long created(Response response) {
        expect(response, 201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    private static void expect(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("seeding failed, expected " + status + ": " + response);
        }
    }
}
