package io.frontdesk.limits;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.RawHttp;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body the handler does not need (a GET sent one) is still read to its end before the answer, so the connection
 * stays usable: a client still sending when the server closed would meet a reset instead of the answer.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class UnreadBodyTest {

    private static final int HALF = 30_000;

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    @Test
    void a_body_sent_in_two_parts_to_a_get_is_read_and_the_connection_serves_the_next_request() throws Exception {
        URI base = URI.create(tenant.server().baseUrl());
        String auth = Credentials.helpcrunch(tenant);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET /helpcrunch/v1/customers HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 2 * HALF + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[HALF]);
            out.flush();
            // The second half arrives after the handler has answered: only a server that reads on gets it.
            Thread.sleep(300);
            out.write(new byte[HALF]);
            out.flush();
            assertThat(status(in)).isEqualTo(200);

            out.write(("GET /helpcrunch/v1/customers HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertThat(status(in)).as("the same connection answers again").isEqualTo(200);
        }
    }

    /** Reads one response with a Content-Length body and answers its status. */
    private static int status(InputStream in) throws IOException {
        String head = RawHttp.readHead(in);
        in.readNBytes(RawHttp.contentLength(head));
        return RawHttp.status(head);
    }
}
