package io.frontdesk.helpscout.v2;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The query kept in page links: everything but `page`, re-encoded so the template stays a valid URI template. */
class V2PagingTest {

    @Test
    void page_is_dropped_and_the_rest_kept_in_order() {
        assertThat(V2Paging.keptQuery(null)).isEmpty();
        assertThat(V2Paging.keptQuery("page=2")).isEmpty();
        assertThat(V2Paging.keptQuery("firstName=x&page=2&sortOrder=asc")).isEqualTo("firstName=x&sortOrder=asc");
        assertThat(V2Paging.keptQuery("&&firstName=x&")).isEqualTo("firstName=x");
        assertThat(V2Paging.keptQuery("flag")).isEqualTo("flag");
    }

    @Test
    void values_are_encoded_once_whatever_the_client_sent() {
        assertThat(V2Paging.keptQuery("modifiedSince=2018-05-04T12:00:03Z"))
                .isEqualTo("modifiedSince=2018-05-04T12:00:03Z");
        assertThat(V2Paging.keptQuery("modifiedSince=2018-05-04T12%3A00%3A03Z"))
                .isEqualTo("modifiedSince=2018-05-04T12:00:03Z");
        assertThat(V2Paging.keptQuery("query=(email:\"a@b.c\")")).isEqualTo("query=%28email:%22a@b.c%22%29");
        assertThat(V2Paging.keptQuery("lastName=M%C3%BCller+Jr")).isEqualTo("lastName=M%C3%BCller%20Jr");
        assertThat(V2Paging.keptQuery("q={x}")).isEqualTo("q=%7Bx%7D");
        assertThat(V2Paging.keptQuery("bad=%zz")).isEqualTo("bad=%25zz");
    }
}
