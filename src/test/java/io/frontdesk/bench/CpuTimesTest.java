package io.frontdesk.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuTimesTest {

    @Test
    void idle_and_iowait_are_not_busy_and_the_share_is_over_the_interval() {
        CpuTimes before = CpuTimes.parse("cpu  100 0 50 800 50 0 0 0 0 0");
        CpuTimes after = CpuTimes.parse("cpu  250 0 100 850 50 0 0 0 0 0");

        assertThat(before).isEqualTo(new CpuTimes(150, 1000));
        // 200 busy jiffies of 250
        assertThat(after.busyShareSince(before)).isEqualTo(0.8);
    }

    @Test
    void an_unknown_line_gives_no_share() {
        CpuTimes unknown = CpuTimes.parse("intr 12345");

        assertThat(CpuTimes.parse("cpu  250 0 100 850 50 0 0 0").busyShareSince(unknown)).isNaN();
    }

    @Test
    void this_machine_reads_as_a_share_between_none_and_all() throws InterruptedException {
        CpuTimes before = CpuTimes.now();
        Thread.sleep(50);
        double share = CpuTimes.now().busyShareSince(before);

        assertThat(share).satisfiesAnyOf(s -> assertThat(s).isNaN(), s -> assertThat(s).isBetween(0.0, 1.0));
    }
}
