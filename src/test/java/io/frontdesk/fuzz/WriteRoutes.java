package io.frontdesk.fuzz;

import io.frontdesk.customer.EntryKind;
import io.frontdesk.mailbox.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every write endpoint of every dialect (POST, PUT, PATCH, DELETE), in one place. {@link WriteRouteCoverageTest}
 * fails when a route table registers a write route this list does not name, so a new endpoint is fuzzed from the day
 * it is added.
 */
final class WriteRoutes {

    static final String HC = "/helpcrunch/v1";

    static final List<WriteRoute> ALL = all();

    private WriteRoutes() {
    }

    private static List<WriteRoute> all() {
        List<WriteRoute> routes = new ArrayList<>();
        token(routes);
        conversations(routes);
        threads(routes);
        schedules(routes);
        customers(routes);
        webhooks(routes);
        entries(routes);
        organizations(routes);
        people(routes);
        v1(routes);
        v1Conversations(routes);
        helpcrunch(routes);
        return List.copyOf(routes);
    }

    private static void token(List<WriteRoute> routes) {
        routes.add(route("POST", "/v2/oauth2/token", Wire.OAUTH_TOKEN, seed -> Map.of(),
                (seed, r) -> "{\"grant_type\":\"client_credentials\",\"client_id\":\""
                        + seed.tenant.oauthApp().credential().clientId() + "\",\"client_secret\":\""
                        + seed.tenant.oauthApp().secret() + "\"}",
                (seed, r) -> "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"nope\"}"));
    }

    private static void conversations(List<WriteRoute> routes) {
        routes.add(route("POST", "/v2/conversations", Wire.HELPSCOUT_V2, seed -> Map.of(),
                (seed, r) -> "{\"subject\":\"Hi\",\"type\":\"email\",\"mailboxId\":" + seed.mailboxId
                        + ",\"status\":\"active\",\"customer\":{\"email\":\"" + Seed.email() + "\",\"firstName\":"
                        + "\"Vernon\",\"lastName\":\"Bear\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}",
                (seed, r) -> "{\"subject\":\"Full\",\"type\":\"phone\",\"mailboxId\":" + seed.mailboxId
                        + ",\"status\":\"pending\",\"customer\":{\"id\":" + seed.customerId + "},\"assignTo\":"
                        + seed.ownerId + ",\"createdAt\":\"2020-01-02T03:04:05Z\",\"imported\":true,\"tags\":[\"vip\","
                        + "\"new\"],\"fields\":" + fields(seed) + ",\"threads\":[{\"type\":\"customer\",\"customer\":"
                        + "{\"id\":" + seed.customerId + "},\"text\":\"Help\",\"cc\":[\"a@fuzz.test\"],\"attachments\":"
                        + "[{\"fileName\":\"a.txt\",\"mimeType\":\"text/plain\",\"data\":\"aGk=\"}]},"
                        + "{\"type\":\"note\",\"text\":\"Noted\",\"user\":" + seed.ownerId + "}]}"));
        routes.add(route("PATCH", "/v2/conversations/{id}", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> "{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\"New subject\"}",
                (seed, r) -> "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"pending\"}",
                (seed, r) -> "{\"op\":\"replace\",\"path\":\"/assignTo\",\"value\":" + seed.ownerId + "}",
                (seed, r) -> "{\"op\":\"move\",\"path\":\"/mailboxId\",\"value\":" + seed.secondMailboxId + "}",
                (seed, r) -> "{\"op\":\"replace\",\"path\":\"/primaryCustomer.id\",\"value\":" + seed.secondCustomerId
                        + "}"));
        routes.add(route("DELETE", "/v2/conversations/{id}", Wire.HELPSCOUT_V2, conversation(), (seed, r) -> null));
        routes.add(route("PUT", "/v2/conversations/{id}/tags", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> "{\"tags\":[\"vip\",\"billing\"]}", (seed, r) -> "{\"tags\":[]}"));
        routes.add(route("PUT", "/v2/conversations/{id}/fields", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> "{\"fields\":" + fields(seed) + "}"));
    }

    private static void threads(List<WriteRoute> routes) {
        String customer = "{\"customer\":{\"id\":%d},\"text\":\"%s\"}";
        routes.add(route("POST", "/v2/conversations/{id}/reply", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> String.format(customer, seed.customerId, "Thanks!"),
                (seed, r) -> "{\"customer\":{\"id\":" + seed.customerId + "},\"text\":\"Draft\",\"draft\":true,"
                        + "\"status\":\"closed\",\"cc\":[\"c@fuzz.test\"],\"bcc\":[\"b@fuzz.test\"],\"user\":"
                        + seed.ownerId + "}",
                (seed, r) -> "{\"customer\":{\"id\":" + seed.customerId + "},\"savedReplyId\":" + seed.savedReplyId
                        + "}"));
        routes.add(route("POST", "/v2/conversations/{id}/notes", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> "{\"text\":\"Internal note\"}",
                (seed, r) -> "{\"text\":\"Note\",\"status\":\"active\",\"attachments\":[{\"fileName\":\"n.txt\","
                        + "\"mimeType\":\"text/plain\",\"data\":\"aGk=\"}]}"));
        routes.add(route("POST", "/v2/conversations/{id}/customer", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> String.format(customer, seed.customerId, "One more thing"),
                (seed, r) -> "{\"customer\":{\"id\":" + seed.customerId + "},\"text\":\"Old\",\"imported\":true,"
                        + "\"createdAt\":\"2019-05-06T07:08:09Z\"}"));
        routes.add(route("POST", "/v2/conversations/{id}/phones", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> String.format(customer, seed.customerId, "Called back")));
        routes.add(route("POST", "/v2/conversations/{id}/chats", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> String.format(customer, seed.customerId, "Chat transcript")));
        routes.add(route("PATCH", "/v2/conversations/{id}/threads/{threadId}", Wire.HELPSCOUT_V2,
                seed -> Map.of("id", seed.conversationId, "threadId", seed.noteId),
                (seed, r) -> "{\"op\":\"replace\",\"path\":\"/text\",\"value\":\"Fixed\"}",
                (seed, r) -> "{\"op\":\"replace\",\"path\":\"/hidden\",\"value\":true}"));
        routes.add(route("POST", "/v2/conversations/{id}/threads/{threadId}/attachments", Wire.HELPSCOUT_V2,
                seed -> Map.of("id", seed.conversationId, "threadId", seed.noteId),
                (seed, r) -> "{\"fileName\":\"a.txt\",\"mimeType\":\"text/plain\",\"data\":\"aGVsbG8=\"}"));
        routes.add(route("DELETE", "/v2/conversations/{id}/attachments/{attachmentId}", Wire.HELPSCOUT_V2,
                seed -> Map.of("id", seed.conversationId, "attachmentId", seed.attachmentId), (seed, r) -> null));
    }

    private static void schedules(List<WriteRoute> routes) {
        routes.add(route("PUT", "/v2/conversations/{id}/snooze", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> "{\"snoozedUntil\":\"2099-06-03T12:00:00Z\",\"unsnoozeOnCustomerReply\":true}"));
        routes.add(route("DELETE", "/v2/conversations/{id}/snooze", Wire.HELPSCOUT_V2, conversation(),
                (seed, r) -> null));
        Function<Seed, Map<String, Long>> draft = seed -> Map.of("id", seed.conversationId, "threadId",
                seed.draftId);
        routes.add(route("PUT", "/v2/conversations/{id}/threads/{threadId}/schedule", Wire.HELPSCOUT_V2, draft,
                (seed, r) -> "{\"scheduledFor\":\"2099-06-03T12:00:00Z\",\"unscheduleOnCustomerReply\":false,"
                        + "\"sendAsCreator\":true}"));
        routes.add(route("PATCH", "/v2/conversations/{id}/threads/{threadId}/schedule", Wire.HELPSCOUT_V2, draft,
                (seed, r) -> "{\"op\":\"replace\",\"path\":\"/state\",\"value\":\"published\"}"));
        routes.add(route("DELETE", "/v2/conversations/{id}/threads/{threadId}/schedule", Wire.HELPSCOUT_V2, draft,
                (seed, r) -> null));
        routes.add(route("PUT", "/v2/mailboxes/{id}/routing", Wire.HELPSCOUT_V2, seed -> Map.of("id", seed.mailboxId),
                (seed, r) -> "{\"state\":\"enabled\",\"assignmentLimit\":10,\"assignmentMethod\":\"round_robin\","
                        + "\"userIds\":[" + seed.ownerId + "]}"));
    }

    private static void customers(List<WriteRoute> routes) {
        routes.add(route("POST", "/v2/customers", Wire.HELPSCOUT_V2, seed -> Map.of(),
                (seed, r) -> "{\"firstName\":\"Vernon\"}",
                (seed, r) -> "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\",\"photoUrl\":\"https://x.example/a.png\","
                        + "\"photoType\":\"gravatar\",\"gender\":\"male\",\"age\":\"30\",\"organization\":\"Acme\","
                        + "\"jobTitle\":\"CEO\",\"location\":\"Dallas\",\"background\":\"Met at a fair\","
                        + "\"emails\":[{\"type\":\"work\",\"value\":\"" + Seed.email() + "\"}],"
                        + "\"phones\":[{\"type\":\"mobile\",\"value\":\"+1 555 0199\"}],"
                        + "\"chats\":[{\"type\":\"skype\",\"value\":\"vb\"}],"
                        + "\"socialProfiles\":[{\"type\":\"linkedin\",\"value\":\"https://linkedin.com/in/vb\"}],"
                        + "\"websites\":[{\"value\":\"https://vb.example\"}],"
                        + "\"address\":{\"city\":\"Dallas\",\"state\":\"TX\",\"postalCode\":\"74206\","
                        + "\"country\":\"US\",\"lines\":[\"1 Main St\",\"Suite 2\"]},"
                        + "\"properties\":[{\"slug\":\"car\",\"value\":\"Volvo\"},{\"slug\":\"seats\",\"value\":4},"
                        + "{\"slug\":\"site\",\"value\":\"https://vb.example\"},{\"slug\":\"renewal\",\"value\":"
                        + "\"2024-02-29\"},{\"slug\":\"plan\",\"value\":\"Paid\"}]}"));
        routes.add(route("PUT", "/v2/customers/{id}", Wire.HELPSCOUT_V2, customer(),
                (seed, r) -> "{\"firstName\":\"Karl\",\"lastName\":\"Marx\",\"jobTitle\":\"Writer\"}",
                (seed, r) -> "{\"firstName\":\"Karl\",\"organizationId\":" + seed.organizationId + "}"));
        routes.add(route("PATCH", "/v2/customers/{id}", Wire.HELPSCOUT_V2, customer(),
                (seed, r) -> "[{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"Karl\"},"
                        + "{\"op\":\"add\",\"path\":\"/emails\",\"value\":{\"type\":\"home\",\"value\":\""
                        + Seed.email() + "\"}},{\"op\":\"replace\",\"path\":\"/address/city\",\"value\":\"Prague\"}]",
                (seed, r) -> "[{\"op\":\"replace\",\"path\":\"/phones/" + seed.entryIds.get(EntryKind.PHONE)
                        + "/value\",\"value\":\"+420 123\"},{\"op\":\"remove\",\"path\":\"/age\"}]"));
        routes.add(route("DELETE", "/v2/customers/{id}", Wire.HELPSCOUT_V2, customer(), (seed, r) -> null));
        routes.add(route("POST", "/v2/customers/{id}/address", Wire.HELPSCOUT_V2, customer(), address()));
        routes.add(route("PUT", "/v2/customers/{id}/address", Wire.HELPSCOUT_V2, customer(), address()));
        routes.add(route("DELETE", "/v2/customers/{id}/address", Wire.HELPSCOUT_V2, customer(), (seed, r) -> null));
        WriteRoute.Template properties = (seed, r) -> "[{\"op\":\"replace\",\"path\":\"/car\",\"value\":\"Tesla\"},"
                + "{\"op\":\"replace\",\"path\":\"/seats\",\"value\":7},{\"op\":\"add\",\"path\":\"/plan\",\"value\":"
                + "\"Trial\"},{\"op\":\"remove\",\"path\":\"/renewal\"}]";
        routes.add(route("PATCH", "/v2/customers/{id}/properties", Wire.HELPSCOUT_V2, customer(), properties));
        routes.add(route("PUT", "/v2/customers/{id}/properties", Wire.HELPSCOUT_V2, customer(), properties));
        routes.add(route("POST", "/v2/customer-properties", Wire.HELPSCOUT_V2, seed -> Map.of(),
                (seed, r) -> "{\"type\":\"text\",\"slug\":\"" + Seed.unique("p") + "\",\"name\":\"Prop\"}",
                (seed, r) -> "{\"type\":\"dropdown\",\"slug\":\"" + Seed.unique("d") + "\",\"name\":\"Drop\","
                        + "\"options\":[{\"label\":\"One\"},\"Two\"]}"));
    }

    private static void organizations(List<WriteRoute> routes) {
        Function<Seed, Map<String, Long>> organization = seed -> Map.of("id", seed.organizationId);
        routes.add(route("POST", "/v2/organizations", Wire.HELPSCOUT_V2, seed -> Map.of(),
                (seed, r) -> "{\"name\":\"Acme\"}",
                (seed, r) -> "{\"name\":\"Acme\",\"domain\":\"acme.test\",\"domains\":[\"acme.example\"],"
                        + "\"website\":\"www.acme.test\",\"description\":\"Makes things\",\"location\":\"US\","
                        + "\"note\":\"Big\",\"phones\":[\"+1 234 5678\"],\"brandColor\":\"#000FFF\"}"));
        routes.add(route("PUT", "/v2/organizations/{id}", Wire.HELPSCOUT_V2, organization,
                (seed, r) -> "{\"name\":\"Acme Inc.\",\"domains\":[\"acme.test\"],\"phones\":[]}"));
        routes.add(route("DELETE", "/v2/organizations/{id}", Wire.HELPSCOUT_V2, organization, (seed, r) -> null));
        routes.add(route("POST", "/v2/organizations/properties", Wire.HELPSCOUT_V2, seed -> Map.of(),
                (seed, r) -> "{\"type\":\"number\",\"slug\":\"" + Seed.unique("n") + "\",\"name\":\"N\"}",
                (seed, r) -> "{\"type\":\"dropdown\",\"slug\":\"" + Seed.unique("d") + "\",\"name\":\"D\","
                        + "\"options\":[{\"label\":\"Gold\"},{\"label\":\"Silver\"}]}"));
        Function<Seed, Map<String, Long>> property = seed -> Map.of("slug", seed.organizationPropertyId);
        routes.add(route("PUT", "/v2/organizations/properties/{slug}", Wire.HELPSCOUT_V2, property,
                (seed, r) -> "{\"name\":\"Renamed\"}"));
        routes.add(route("DELETE", "/v2/organizations/properties/{slug}", Wire.HELPSCOUT_V2, property,
                (seed, r) -> null));
        Function<Seed, Map<String, Long>> value = seed -> Map.of("id", seed.organizationId, "slug",
                seed.organizationPropertyId);
        routes.add(route("PUT", "/v2/organizations/{id}/properties/{slug}", Wire.HELPSCOUT_V2, value,
                (seed, r) -> "{\"value\":\"Gold\"}"));
        routes.add(route("DELETE", "/v2/organizations/{id}/properties/{slug}", Wire.HELPSCOUT_V2, value,
                (seed, r) -> null));
    }

    /** Users, their status, teams and saved replies. */
    private static void people(List<WriteRoute> routes) {
        routes.add(route("POST", "/v2/users", Wire.HELPSCOUT_V2, seed -> Map.of(),
                (seed, r) -> "{\"firstName\":\"Ann\",\"lastName\":\"Agent\",\"email\":\"" + Seed.email()
                        + "\",\"role\":\"user\"}",
                (seed, r) -> "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\",\"email\":\"" + Seed.email()
                        + "\",\"role\":\"light user\",\"timezone\":\"America/New_York\",\"jobTitle\":\"Lead\","
                        + "\"phone\":\"+1 234\",\"sendInvite\":false,\"mailboxes\":[{\"id\":" + seed.mailboxId
                        + ",\"emailAccess\":true}]}"));
        Function<Seed, Map<String, Long>> agent = seed -> Map.of("id", seed.agentId);
        routes.add(route("DELETE", "/v2/users/{id}", Wire.HELPSCOUT_V2, agent, (seed, r) -> null));
        routes.add(route("PUT", "/v2/users/{id}/status", Wire.HELPSCOUT_V2, agent,
                (seed, r) -> "{\"status\":\"away\"}",
                (seed, r) -> "{\"status\":\"active\",\"customStatus\":{\"text\":\"Back\",\"emoji\":\"x\","
                        + "\"emojiName\":\":x:\"}}"));
        routes.add(route("PUT", "/v2/users/{id}/conversation-reassignment", Wire.HELPSCOUT_V2, agent,
                (seed, r) -> "{\"enabled\":true,\"awayDuration\":{\"hours\":2,\"minutes\":30}}"));
        routes.add(route("PUT", "/v2/teams/{id}/members", Wire.HELPSCOUT_V2, seed -> Map.of("id", seed.teamId),
                (seed, r) -> "{\"userIds\":[" + seed.ownerId + "]}",
                (seed, r) -> "{\"members\":[{\"id\":" + seed.ownerId + "}]}"));
        String replies = "/v2/mailboxes/{id}/saved-replies";
        routes.add(route("POST", replies, Wire.HELPSCOUT_V2, seed -> Map.of("id", seed.mailboxId),
                (seed, r) -> "{\"name\":\"Welcome\",\"text\":\"<p>Hi</p>\",\"chatText\":\"Hi\"}"));
        Function<Seed, Map<String, Long>> reply = seed -> Map.of("id", seed.mailboxId, "replyId",
                seed.savedReplyId);
        routes.add(route("PUT", replies + "/{replyId}", Wire.HELPSCOUT_V2, reply,
                (seed, r) -> "{\"name\":\"Hello\",\"text\":\"Hello\"}"));
        routes.add(route("DELETE", replies + "/{replyId}", Wire.HELPSCOUT_V2, reply, (seed, r) -> null));
        workflows(routes);
    }

    /** Switching a workflow and running it, in 2.0 and 1.0. */
    private static void workflows(List<WriteRoute> routes) {
        Function<Seed, Map<String, Long>> workflow = seed -> Map.of("id", seed.workflowId);
        WriteRoute.Template ids = (seed, r) -> "{\"conversationIds\":[" + seed.conversationId + "]}";
        routes.add(route("PATCH", "/v2/workflows/{id}", Wire.HELPSCOUT_V2, workflow,
                (seed, r) -> "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"active\"}"));
        routes.add(route("POST", "/v2/workflows/{id}/run", Wire.HELPSCOUT_V2, workflow, ids));
        routes.add(route("POST", "/v1/workflows/{id}/conversations/{conversationId}.json", Wire.HELPSCOUT_V1,
                seed -> Map.of("id", seed.workflowId, "conversationId", seed.conversationId), (seed, r) -> null));
        routes.add(route("POST", "/v1/workflows/{id}/conversations.json", Wire.HELPSCOUT_V1, workflow, ids,
                (seed, r) -> "{\"converationIds\":[" + seed.conversationId + "]}"));
    }

    /** The five entry collections, each with create, replace and delete. */
    private static void webhooks(List<WriteRoute> routes) {
        WriteRoute.Template minimal = (seed, r) -> "{\"url\":\"https://93.184.216.34/" + Seed.unique("h")
                + "\",\"events\":[\"convo.created\"],\"secret\":\"s3cret\"}";
        WriteRoute.Template full = (seed, r) -> "{\"id\":null,\"url\":\"https://93.184.216.34/" + Seed.unique("h")
                + "\",\"state\":\"enabled\",\"events\":[\"convo.created\",\"customer.created\"],\"label\":null,"
                + "\"notification\":true,\"payloadVersion\":\"V2\",\"mailboxIds\":[" + seed.mailboxId + "],"
                + "\"secret\":\"s3cret\"}";
        routes.add(route("POST", "/v2/webhooks", Wire.HELPSCOUT_V2, seed -> Map.of(), minimal, full));
        routes.add(route("PUT", "/v2/webhooks/{id}", Wire.HELPSCOUT_V2, seed -> Map.of("id", seed.webhookId),
                minimal, full));
        routes.add(route("DELETE", "/v2/webhooks/{id}", Wire.HELPSCOUT_V2, seed -> Map.of("id", seed.webhookId),
                (seed, r) -> null));
        routes.add(route("POST", "/v1/hooks.json", Wire.HELPSCOUT_V1, seed -> Map.of(), minimal));
    }

    private static void entries(List<WriteRoute> routes) {
        record Collection(String segment, EntryKind kind, WriteRoute.Template body) {
        }
        List<Collection> collections = List.of(
                new Collection("emails", EntryKind.EMAIL,
                        (seed, r) -> "{\"type\":\"work\",\"value\":\"" + Seed.email() + "\"}"),
                new Collection("phones", EntryKind.PHONE,
                        (seed, r) -> "{\"type\":\"mobile\",\"value\":\"+1 555 0142\"}"),
                new Collection("chats", EntryKind.CHAT, (seed, r) -> "{\"type\":\"skype\",\"value\":\"vbear\"}"),
                new Collection("social-profiles", EntryKind.SOCIAL_PROFILE,
                        (seed, r) -> "{\"type\":\"twitter\",\"value\":\"https://twitter.com/vb\"}"),
                new Collection("websites", EntryKind.WEBSITE, (seed, r) -> "{\"value\":\"https://vbear.example\"}"));
        for (Collection collection : collections) {
            String list = "/v2/customers/{id}/" + collection.segment();
            Function<Seed, Map<String, Long>> entry = seed -> Map.of("id", seed.customerId, "entryId",
                    seed.entryIds.getOrDefault(collection.kind(), 1L));
            routes.add(route("POST", list, Wire.HELPSCOUT_V2, customer(), collection.body()));
            routes.add(route("PUT", list + "/{entryId}", Wire.HELPSCOUT_V2, entry, collection.body()));
            routes.add(route("DELETE", list + "/{entryId}", Wire.HELPSCOUT_V2, entry, (seed, r) -> null));
        }
    }

    private static void v1(List<WriteRoute> routes) {
        routes.add(route("POST", "/v1/customers.json", Wire.HELPSCOUT_V1, seed -> Map.of(),
                (seed, r) -> "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\",\"emails\":[{\"value\":\""
                        + Seed.email() + "\",\"location\":\"work\"}]}",
                (seed, r) -> "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\",\"organization\":\"Acme, Inc\","
                        + "\"jobTitle\":\"CEO\",\"background\":\"Great\",\"address\":{\"lines\":[\"123 West Main St\"],"
                        + "\"city\":\"Dallas\",\"state\":\"TX\",\"postalCode\":\"74206\",\"country\":\"US\"},"
                        + "\"socialProfiles\":[{\"value\":\"https://twitter.com/helpscout\",\"type\":\"twitter\"}],"
                        + "\"emails\":[{\"value\":\"" + Seed.email() + "\",\"location\":\"work\"}],"
                        + "\"phones\":[{\"value\":\"222-333-4444\",\"location\":\"home\"}],"
                        + "\"chats\":[{\"value\":\"jsprout\",\"type\":\"aim\"}],"
                        + "\"websites\":[{\"value\":\"http://www.somewhere.com\"}]}"));
        routes.add(route("PUT", "/v1/customers/{id}.json", Wire.HELPSCOUT_V1, customer(),
                (seed, r) -> "{\"jobTitle\":\"CEO\",\"emails\":[{\"value\":\"" + Seed.email()
                        + "\",\"location\":\"home\"}]}",
                (seed, r) -> "{\"firstName\":\"Vern\",\"phones\":[{\"id\":" + seed.entryIds.get(EntryKind.PHONE)
                        + ",\"value\":\"111\"}],\"address\":{\"city\":\"Austin\"}}"));
    }

    private static void v1Conversations(List<WriteRoute> routes) {
        routes.add(route("POST", "/v1/conversations.json", Wire.HELPSCOUT_V1, seed -> Map.of(),
                (seed, r) -> "{\"subject\":\"Hi\",\"mailbox\":{\"id\":" + seed.mailboxId + "},\"customer\":{"
                        + "\"email\":\"" + Seed.email() + "\"},\"threads\":[{\"type\":\"customer\",\"createdBy\":{"
                        + "\"email\":\"" + Seed.email() + "\",\"type\":\"customer\"},\"body\":\"Help\"}]}",
                (seed, r) -> "{\"subject\":\"Full\",\"type\":\"phone\",\"mailbox\":{\"id\":" + seed.mailboxId
                        + "},\"status\":\"pending\",\"customer\":{\"id\":" + seed.customerId + "},\"owner\":{\"id\":"
                        + seed.ownerId + "},\"createdAt\":\"2020-01-02T03:04:05Z\",\"tags\":[\"vip\"],"
                        + "\"threads\":[{\"type\":\"note\",\"createdBy\":{\"id\":" + seed.ownerId
                        + ",\"type\":\"user\"},\"body\":\"Noted\",\"cc\":[\"a@fuzz.test\"]}]}"));
        routes.add(route("PUT", "/v1/conversations/{id}.json", Wire.HELPSCOUT_V1, conversation(),
                (seed, r) -> "{\"status\":\"closed\"}",
                (seed, r) -> "{\"subject\":\"New\",\"owner\":{\"id\":" + seed.ownerId + "},\"mailbox\":{\"id\":"
                        + seed.secondMailboxId + "},\"tags\":[\"a\",\"b\"]}"));
        routes.add(route("DELETE", "/v1/conversations/{id}.json", Wire.HELPSCOUT_V1, conversation(),
                (seed, r) -> null));
        routes.add(route("POST", "/v1/conversations/{id}.json", Wire.HELPSCOUT_V1, conversation(),
                (seed, r) -> "{\"type\":\"note\",\"createdBy\":{\"id\":" + seed.ownerId
                        + ",\"type\":\"user\"},\"body\":\"Noted\"}",
                (seed, r) -> "{\"type\":\"message\",\"createdBy\":{\"id\":" + seed.ownerId
                        + ",\"type\":\"user\"},\"body\":\"Reply\",\"status\":\"pending\",\"bcc\":[\"b@fuzz.test\"]}"));
        routes.add(route("PUT", "/v1/conversations/{id}/threads/{threadId}.json", Wire.HELPSCOUT_V1,
                seed -> Map.of("id", seed.conversationId, "threadId", seed.noteId),
                (seed, r) -> "{\"body\":\"Edited\"}"));
        routes.add(route("DELETE", "/v1/notes/{threadId}.json", Wire.HELPSCOUT_V1,
                seed -> Map.of("threadId", seed.noteId), (seed, r) -> null));
        routes.add(route("POST", "/v1/attachments.json", Wire.HELPSCOUT_V1, seed -> Map.of(),
                (seed, r) -> "{\"fileName\":\"a.txt\",\"mimeType\":\"text/plain\",\"data\":\"aGk=\"}"));
        routes.add(route("DELETE", "/v1/attachments/{id}.json", Wire.HELPSCOUT_V1,
                seed -> Map.of("id", seed.attachmentId), (seed, r) -> null));
    }

    private static void helpcrunch(List<WriteRoute> routes) {
        Function<Seed, Map<String, Long>> customer = customer();
        routes.add(route("POST", HC + "/customers", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"name\":\"John Doe\",\"email\":\"" + Seed.email() + "\"}",
                (seed, r) -> "{\"name\":\"John Doe\",\"email\":\"" + Seed.email() + "\",\"userId\":\""
                        + Seed.unique("user") + "\",\"company\":\"Example Inc.\",\"phone\":\"+10233456781\","
                        + "\"firstSeen\":\"1603885746\",\"source\":\"https://example.com\",\"locale\":\"uk\","
                        + "\"notes\":\"Lorem ipsum\",\"location\":{\"city\":\"Kyiv\",\"countryCode\":\"UA\"},"
                        + "\"tags\":[{\"name\":\"vip\",\"color\":\"#ff0000\"}],\"customData\":[{\"property\":"
                        + "\"subscription_status\",\"value\":\"active\"},{\"property\":\"number_of_payments\","
                        + "\"value\":15},{\"property\":\"last_payment_was_successful\",\"value\":true}]}"));
        routes.add(route("POST", HC + "/customers/search", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"filter\":[{\"field\":\"customers.userId\",\"operator\":\"=\",\"value\":\"user_1\"}],"
                        + "\"limit\":1}",
                (seed, r) -> "{\"filter\":[{\"field\":\"customers.email\",\"operator\":\"~\",\"value\":\"fuzz\"},"
                        + "{\"field\":\"customers.tagsData\",\"operator\":\"=\",\"value\":[{\"name\":\"vip\"}]}],"
                        + "\"comparison\":\"OR\",\"sort\":\"customers.createdAt\",\"order\":\"desc\",\"offset\":0}"));
        routes.add(route("PUT", HC + "/customers/batch", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "[{\"customer\":" + seed.customerId + ",\"phone\":\"+10233456781\"},{\"customer\":"
                        + seed.secondCustomerId + ",\"notes\":\"Batch\"}]"));
        routes.add(route("PUT", HC + "/customers/{id}", Wire.HELPCRUNCH, customer,
                (seed, r) -> "{\"notes\":\"Lorem ipsum\",\"name\":\"Jane Roe\"}"));
        routes.add(route("PATCH", HC + "/customers/{id}", Wire.HELPCRUNCH, customer,
                (seed, r) -> "{\"blocked\":true,\"customData\":{\"plan\":\"pro\",\"seats\":3}}"));
        routes.add(route("DELETE", HC + "/customers/{id}", Wire.HELPCRUNCH, customer, (seed, r) -> null));
        routes.add(route("PUT", HC + "/customers/{id}/tags", Wire.HELPCRUNCH, customer,
                (seed, r) -> "{\"tags\":[{\"name\":\"Lead\",\"color\":\"#ccc\"}]}"));
        routes.add(route("DELETE", HC + "/customers/{id}/tags", Wire.HELPCRUNCH, customer,
                (seed, r) -> "{\"tags\":[{\"name\":\"Lead\"}]}"));
        routes.add(route("POST", HC + "/chats", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"customer\":" + seed.customerId + ",\"application\":" + seed.mailboxId
                        + ",\"assignee\":" + seed.ownerId + "}"));
        routes.add(route("POST", HC + "/chats/search", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"filter\":[{\"field\":\"chats.status\",\"operator\":\"=\",\"value\":\"3\"}],"
                        + "\"limit\":5,\"offset\":0,\"sort\":\"chats.createdAt\",\"order\":\"DESC\"}",
                (seed, r) -> "{\"filter\":[{\"field\":\"chats.customer.email\",\"operator\":\"~\",\"value\":"
                        + "\"fuzz\"},{\"field\":\"chats.assignee\",\"operator\":\"=\",\"value\":null},"
                        + "{\"field\":\"chats.customer.tagsData\",\"operator\":\"=\",\"value\":[{\"name\":"
                        + "\"vip\"}]}],\"comparison\":\"OR\",\"sort\":\"chats.lastMessageAt\",\"order\":\"desc\"}"));
        routes.add(route("PUT", HC + "/chats/status", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"id\":" + seed.chatId + ",\"status\":\"on hold\"}"));
        routes.add(route("PUT", HC + "/chats/assignee", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"id\":" + seed.chatId + ",\"assignee\":" + seed.ownerId + "}"));
        routes.add(route("PUT", HC + "/chats/department", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"id\":" + seed.chatId + ",\"department\":" + seed.teamId + "}"));
        routes.add(route("PUT", HC + "/chats/snooze", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"id\":" + seed.chatId + ",\"snoozedUntil\":4102444800}"));
        routes.add(route("PUT", HC + "/chats/rate", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"id\":" + seed.chatId + ",\"rating\":\"poor\"}"));
        for (String read : List.of("readByAgent", "read", "readByCustomer")) {
            routes.add(route("PUT", HC + "/chats/" + read, Wire.HELPCRUNCH, seed -> Map.of(),
                    (seed, r) -> "{\"id\":" + seed.chatId + ",\"read\":true}"));
        }
        routes.add(route("POST", HC + "/events", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"name\":\"Button Click\",\"data\":{\"button\":\"Start Free Trial\"},\"customer\":"
                        + seed.customerId + "}"));
        routes.add(route("POST", HC + "/messages", Wire.HELPCRUNCH, seed -> Map.of(),
                (seed, r) -> "{\"chat\":" + seed.chatId + ",\"text\":\"Hello\",\"type\":\"message\"}",
                (seed, r) -> "{\"chat\":" + seed.chatId + ",\"text\":\"Hello\",\"markdownText\":\"Hello **there**\","
                        + "\"agent\":" + seed.ownerId + ",\"type\":\"message\"}",
                (seed, r) -> "{\"chat\":" + seed.chatId + ",\"text\":\"Note\",\"agent\":" + seed.ownerId
                        + ",\"type\":\"private\"}"));
    }

    /** A value for every kind of mailbox field. */
    private static String fields(Seed seed) {
        return "[{\"id\":" + seed.fieldIds.get(FieldType.SINGLE_LINE) + ",\"value\":\"trial\"},"
                + "{\"id\":" + seed.fieldIds.get(FieldType.MULTI_LINE) + ",\"value\":\"line one\\nline two\"},"
                + "{\"id\":" + seed.fieldIds.get(FieldType.NUMBER) + ",\"value\":\"12.5\"},"
                + "{\"id\":" + seed.fieldIds.get(FieldType.DATE) + ",\"value\":\"2024-01-31\"},"
                + "{\"id\":" + seed.fieldIds.get(FieldType.DROPDOWN) + ",\"value\":\"" + seed.dropdownOptionId
                + "\"}]";
    }

    private static WriteRoute.Template address() {
        return (seed, r) -> "{\"city\":\"Dallas\",\"state\":\"TX\",\"postalCode\":\"74206\",\"country\":\"US\","
                + "\"lines\":[\"123 West Main St\"]}";
    }

    private static Function<Seed, Map<String, Long>> customer() {
        return seed -> Map.of("id", seed.customerId);
    }

    private static Function<Seed, Map<String, Long>> conversation() {
        return seed -> Map.of("id", seed.conversationId);
    }

    private static WriteRoute route(String method, String pattern, Wire wire, Function<Seed, Map<String, Long>> ids,
                                    WriteRoute.Template... bodies) {
        return new WriteRoute(method, pattern, wire, ids, List.of(bodies));
    }
}
