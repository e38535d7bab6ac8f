package io.frontdesk.web;

import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which endpoints leave Jetty's small pool for the blocking one. */
class RequestThreadsRulesTest {

    @Test
    void writes_and_attachment_data_may_block_and_other_reads_do_not() {
        assertThat(RequestThreads.mayBlock(HandlerType.POST, "/v2/customers")).isTrue();
        assertThat(RequestThreads.mayBlock(HandlerType.PUT, "/v2/customers/{id}")).isTrue();
        assertThat(RequestThreads.mayBlock(HandlerType.PATCH, "/v2/customers/{id}")).isTrue();
        assertThat(RequestThreads.mayBlock(HandlerType.DELETE, "/v2/customers/{id}")).isTrue();
        assertThat(RequestThreads.mayBlock(HandlerType.GET,
                "/v2/conversations/{id}/attachments/{attachmentId}/data")).isTrue();
        assertThat(RequestThreads.mayBlock(HandlerType.GET, "/v1/attachments/{id}/data.json")).isTrue();

        assertThat(RequestThreads.mayBlock(HandlerType.GET, "/v2/customers/{id}")).isFalse();
        assertThat(RequestThreads.mayBlock(HandlerType.GET, "/v2/conversations/{id}")).isFalse();
        assertThat(RequestThreads.mayBlock(HandlerType.HEAD, "/v2/customers/{id}")).isFalse();
    }
}
