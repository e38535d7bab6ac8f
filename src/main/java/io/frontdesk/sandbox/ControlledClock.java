package io.frontdesk.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server's one clock when the sandbox controls time: the base clock plus an offset while it runs, or one fixed
 * instant while frozen. It is the {@link Clock} every service, store and queue of the application is given, so token
 * expiry, rate-limit windows, snooze wake-ups and webhook retries all move with it. It is one clock for the whole
 * sandbox: per-account clocks would need every time-dependent query (due jobs, due deliveries, window counters) to
 * carry an account, which the queues do not.
 *
 * <p>Whoever waits on time (the queue lanes) is told when the clock moves, so work that became due runs at once.
 */
public final class ControlledClock extends Clock {

    /** What a reader of the clock sees. */
    public record State(Instant now, boolean frozen) {
    }

    private final Clock base;
    private final List<Runnable> onMove = new CopyOnWriteArrayList<>();
    private long offsetMillis;
    private Instant frozenAt;

    public ControlledClock(Clock base) {
        this.base = base;
    }

    /** Called after every change: freeze, set, advance, resume. */
    public void onMove(Runnable listener) {
        onMove.add(listener);
    }

    @Override
    public Instant instant() {
        synchronized (this) {
            if (frozenAt != null) {
                return frozenAt;
            }
            return base.instant().plusMillis(offsetMillis);
        }
    }

    public synchronized State state() {
        return new State(instant(), frozenAt != null);
    }

    /** Stops the clock at its current reading. */
    public State freeze() {
        synchronized (this) {
            frozenAt = instant();
        }
        return moved();
    }

    /** Runs again from where it stands (frozen or not). */
    public State resume() {
        synchronized (this) {
            if (frozenAt != null) {
                offsetMillis = frozenAt.toEpochMilli() - base.millis();
                frozenAt = null;
            }
        }
        return moved();
    }

    /** Jumps to {@code instant}, forward or back; a frozen clock stays frozen there, a running one runs on from it. */
    public State set(Instant instant) {
        synchronized (this) {
            if (frozenAt != null) {
                frozenAt = instant;
            } else {
                offsetMillis = instant.toEpochMilli() - base.millis();
            }
        }
        return moved();
    }

    /** Moves forward by {@code duration} (never back: {@link #set} does that). */
    public State advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock advances by a positive duration");
        }
        synchronized (this) {
            if (frozenAt != null) {
                frozenAt = frozenAt.plus(duration);
            } else {
                offsetMillis += duration.toMillis();
            }
        }
        return moved();
    }

    /** Back to the base clock, running. */
    public State reset() {
        synchronized (this) {
            frozenAt = null;
            offsetMillis = 0;
        }
        return moved();
    }

    private State moved() {
        onMove.forEach(Runnable::run);
        return state();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
