package io.frontdesk.helpscout.v2.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared steps of the 2.0 mailbox, user and tag suites. */
final class Directory {

    static final String HAL = "application/hal+json";
    static final String VND = "application/vnd.error+json";

    private Directory() {
    }

    /** A 200 HAL answer; its body as JSON. */
    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo(HAL);
        return response.json();
    }

    static void assertNotFound(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo(VND);
    }

    /** A vnd.error 400 naming a query parameter. */
    static void assertQueryError(Response response, String param) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo(VND);
        JsonNode error = response.json().at("/_embedded/errors/0");
        assertThat(error.get("path").asText()).isEqualTo(param);
        assertThat(error.get("source").asText()).isEqualTo("QUERY");
    }

    /**
     * Compares with `golden/helpscout-v2/{file}` after writing ids in hrefs as tags: {@code replacements} pairs a path
     * such as `/v2/mailboxes/17` with its tag `/v2/mailboxes/<id>`. URI template braces become angle brackets, since
     * the golden reader takes `${…}` for placeholders.
     */
    static void golden(Response response, String file, Client client, String... replacements) {
        String body = response.body();
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            body = body.replaceAll(Pattern.quote(replacements[i]) + "(?=[/\"?])",
                    Matcher.quoteReplacement(replacements[i + 1]));
        }
        body = body.replace("{?page}", "<?page>").replace("{&page}", "<&page>");
        Golden.assertMatches(body, "helpscout-v2/" + file, client.base());
    }

    /** The ids of the items under `_embedded.<rel>`, in order; none when `_embedded` is absent. */
    static List<Long> ids(JsonNode page, String rel) {
        List<Long> ids = new ArrayList<>();
        page.at("/_embedded/" + rel).forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** The path and query of an absolute href of this server, so it can be followed verbatim. */
    static String relative(Client client, String href) {
        assertThat(href).startsWith(client.base());
        return href.substring(client.base().length());
    }
}
