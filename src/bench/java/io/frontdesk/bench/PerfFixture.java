package io.frontdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The data the read and thread operations need, created over HTTP through the API itself before measuring. */
final class PerfFixture {

    private static final Pattern RESOURCE_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private PerfFixture() {
    }

    static String token(String host, int port) throws IOException {
        try (RawHttpClient client = new RawHttpClient(host, port)) {
            RawHttpClient.Answer answer = client.send(new RawHttpClient.Request("POST", "/v2/oauth2/token", null,
                    ("{\"grant_type\":\"client_credentials\",\"client_id\":\"" + ServerProcess.CLIENT_ID
                            + "\",\"client_secret\":\"" + ServerProcess.CLIENT_SECRET + "\"}")
                            .getBytes(StandardCharsets.UTF_8)));
            return answer.text().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        }
    }

    static PerfOperations.Fixture create(String host, int port, int customers, int conversations) throws IOException {
        String token = token(host, port);
        String bearer = "Bearer " + token;
        List<Long> customerIds = new ArrayList<>();
        List<Long> conversationIds = new ArrayList<>();
        long mailbox;
        try (RawHttpClient client = new RawHttpClient(host, port)) {
            mailbox = firstId(client.send(new RawHttpClient.Request("GET", "/v2/mailboxes", bearer, null)));
            for (int i = 0; i < customers; i++) {
                client.send(new RawHttpClient.Request("POST", "/helpcrunch/v1/customers", PerfOperations.HC_AUTH,
                        PerfOperations.json("{\"name\":\"Fixture Customer" + i + "\",\"email\":\"fixture." + i
                                + "@bench.test\"}")));
            }
            for (int i = 0; i < customers; i++) {
                RawHttpClient.Answer found = client.send(new RawHttpClient.Request("POST",
                        "/helpcrunch/v1/customers/search", PerfOperations.HC_AUTH, PerfOperations.json(
                        "{\"filter\":[{\"field\":\"customers.email\",\"operator\":\"=\",\"value\":\"fixture." + i
                                + "@bench.test\"}]}")));
                customerIds.add(firstId(found));
            }
            for (int i = 0; i < conversations; i++) {
                long customer = customerIds.get(i % customerIds.size());
                RawHttpClient.Answer created = client.send(new RawHttpClient.Request("POST", "/v2/conversations",
                        bearer, PerfOperations.json("{\"subject\":\"Fixture " + i + "\",\"type\":\"email\","
                        + "\"mailboxId\":" + mailbox + ",\"status\":\"active\",\"customer\":{\"id\":" + customer
                        + "},\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":" + customer
                        + "},\"text\":\"Hello\"}]}")));
                if (created.status() != 201) {
                    throw new IllegalStateException("fixture conversation: " + created.status() + " " + created.text());
                }
            }
            for (int page = 1; conversationIds.size() < conversations; page++) {
                RawHttpClient.Answer list = client.send(new RawHttpClient.Request("GET", "/v2/conversations?status=all&sortField=number"
                        + "&sortOrder=asc&page=" + page, bearer, null));
                List<Long> ids = conversationIds(list.text());
                if (ids.isEmpty()) {
                    break;
                }
                conversationIds.addAll(ids);
            }
        }
        return new PerfOperations.Fixture(token, customerIds, conversationIds, mailbox);
    }

    /** Conversation ids of a list page: the top-level objects under `_embedded.conversations`. */
    private static List<Long> conversationIds(String body) {
        List<Long> ids = new ArrayList<>();
        int at = body.indexOf("\"conversations\"");
        if (at < 0) {
            return ids;
        }
        Matcher matcher = Pattern.compile("\\{\"id\":(\\d+),\"number\"").matcher(body);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static long firstId(RawHttpClient.Answer answer) {
        Matcher matcher = RESOURCE_ID.matcher(answer.text());
        if (answer.status() != 200 || !matcher.find()) {
            throw new IllegalStateException("no id in " + answer.status() + " " + answer.text());
        }
        return Long.parseLong(matcher.group(1));
    }
}
