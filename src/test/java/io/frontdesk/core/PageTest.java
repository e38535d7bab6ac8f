package io.frontdesk.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void a_short_page_holds_the_last_row_so_it_gives_the_total() {
        assertThat(Page.totalFromPage(0, 50, 1)).contains(1L);
        assertThat(Page.totalFromPage(100, 50, 7)).contains(107L);
    }

    @Test
    void an_empty_first_page_is_an_empty_result() {
        assertThat(Page.totalFromPage(0, 50, 0)).contains(0L);
    }

    @Test
    void a_full_page_or_a_page_past_the_end_needs_a_count() {
        assertThat(Page.totalFromPage(0, 50, 50)).isEmpty();
        assertThat(Page.totalFromPage(200, 50, 0)).isEmpty();
        assertThat(Page.totalFromPage(0, 0, 0)).isEmpty();
    }
}
