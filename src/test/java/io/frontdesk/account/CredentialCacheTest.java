package io.frontdesk.account;

import io.frontdesk.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialCacheTest {

    private static final Principal ADA = new Principal(1, 2, 3, CredentialKind.HELPCRUNCH_KEY);
    private static final Principal BOB = new Principal(1, 4, 5, CredentialKind.HELPSCOUT_API_KEY);

    private final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T10:00:00Z"));
    private final CredentialCache cache = new CredentialCache(clock, 3, Duration.ofMinutes(1));

    @Test
    void an_inactive_cache_keeps_nothing() {
        cache.put("k", ADA, null, cache.generation());

        assertThat(cache.get("k")).isNull();
        assertThat(cache.active()).isFalse();
    }

    @Test
    void an_active_cache_answers_what_it_was_given() {
        cache.activate();
        cache.put("k", ADA, null, cache.generation());

        assertThat(cache.get("k")).isEqualTo(ADA);
        assertThat(cache.get("other")).isNull();
    }

    @Test
    void a_load_that_began_before_an_invalidation_is_not_kept() {
        cache.activate();
        long before = cache.generation();

        cache.invalidateAll();
        cache.put("k", ADA, null, before);

        assertThat(cache.get("k")).as("read before the revocation was heard").isNull();
    }

    @Test
    void a_load_that_began_before_activation_is_not_kept() {
        long before = cache.generation();

        cache.activate();
        cache.put("k", ADA, null, before);

        assertThat(cache.get("k")).isNull();
    }

    @Test
    void an_invalidation_forgets_every_entry() {
        cache.activate();
        cache.put("a", ADA, null, cache.generation());
        cache.put("b", BOB, null, cache.generation());

        cache.invalidateAll();

        assertThat(cache.get("a")).isNull();
        assertThat(cache.get("b")).isNull();
    }

    @Test
    void deactivating_forgets_and_stops_keeping() {
        cache.activate();
        cache.put("a", ADA, null, cache.generation());

        cache.deactivate();
        cache.put("b", BOB, null, cache.generation());

        assertThat(cache.get("a")).isNull();
        assertThat(cache.get("b")).isNull();
        assertThat(cache.active()).isFalse();
    }

    @Test
    void a_token_is_not_answered_from_its_expiry_on() {
        cache.activate();
        cache.put("t", ADA, clock.instant().plusSeconds(10), cache.generation());

        clock.advance(Duration.ofSeconds(9));
        assertThat(cache.get("t")).isEqualTo(ADA);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("t")).isNull();
    }

    @Test
    void every_entry_is_read_again_after_the_maximum_age() {
        cache.activate();
        cache.put("k", ADA, null, cache.generation());
        cache.put("t", BOB, clock.instant().plus(Duration.ofDays(2)), cache.generation());

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get("k")).isEqualTo(ADA);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("k")).isNull();
        assertThat(cache.get("t")).isNull();
    }

    @Test
    void a_full_cache_starts_over_rather_than_grow() {
        cache.activate();
        for (String key : new String[] {"a", "b", "c"}) {
            cache.put(key, ADA, null, cache.generation());
        }

        cache.put("d", BOB, null, cache.generation());

        assertThat(cache.get("a")).isNull();
        assertThat(cache.get("c")).isNull();
        assertThat(cache.get("d")).isEqualTo(BOB);
    }
}
