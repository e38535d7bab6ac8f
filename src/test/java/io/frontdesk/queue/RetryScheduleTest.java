package io.frontdesk.queue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default backoff: 30 s doubling to an hour, ten attempts in all. */
class RetryScheduleTest {

    @Test
    void waits_double_from_thirty_seconds_up_to_an_hour() {
        List<Duration> waits = IntStream.rangeClosed(1, 9).mapToObj(RetrySchedule.DEFAULT::delayAfter).toList();

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                Duration.ofHours(1), Duration.ofHours(1));
        assertThat(RetrySchedule.DEFAULT.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void tenth_failed_attempt_is_the_last() {
        assertThat(RetrySchedule.DEFAULT.giveUpAfter(9)).isFalse();
        assertThat(RetrySchedule.DEFAULT.giveUpAfter(10)).isTrue();
    }

    @Test
    void nonsense_schedules_are_refused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
