package io.frontdesk.platform;

import io.frontdesk.testing.Response;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A crash answers with an incident id that points into the server log, and nothing of the failure itself. */
final class Incidents {

    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Incidents() {
    }

    /** Asserts the 500 body leaks nothing and returns the incident id it names. */
    static String assertOnlyIncidentId(Response response) {
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("boom", "secret internals", "Exception", "at io.", "Caused by");
        Matcher matcher = UUID.matcher(response.body());
        assertThat(matcher.find()).as("incident id in %s", response.body()).isTrue();
        String incident = matcher.group();
        assertThat(matcher.find()).as("exactly one id in %s", response.body()).isFalse();
        return incident;
    }
}
