package io.frontdesk.platform;

import io.frontdesk.testing.Response;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What every Help Scout 1.0 response shares. */
final class V1Errors {

    private V1Errors() {
    }

    /** JSON in UTF-8; Jetty writes the parameter without the space the 2015 capture shows, which parsers ignore. */
    static void assertContentType(Response response) {
        assertThat(response.header("Content-Type").replace(" ", "").toLowerCase(Locale.ROOT))
                .isEqualTo("application/json;charset=utf-8");
    }
}
