package io.frontdesk.sandbox.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/** A copy's spares ({@link SpareTables}): those ready, the build in flight, the foreign keys left to validate. */
final class SpareStock {

    /** Spares kept ready per copy: a suite's reset of an account and of everything each use one before a rebuild. */
    static final int DEPTH = 2;

    /**
     * Sets of empty tables kept ready per copy, for resets to swap in ({@link SetAside}): a suite's round may reset an
     * account and then everything with one restore between them, less time than making a set takes on a loaded machine.
     */
    static final int EMPTIES = 2;

    private final Deque<Spare> ready = new ArrayDeque<>();
    private final List<UncheckedKey> unchecked = new ArrayList<>();
    private final AtomicInteger made = new AtomicInteger();
    private CompletableFuture<Void> building = CompletableFuture.completedFuture(null);
    private boolean discarded;

    synchronized Spare take() {
        return ready.pollFirst();
    }

    synchronized void giveBack(Spare spare) {
        ready.addFirst(spare);
    }

    synchronized boolean add(Spare spare) {
        if (discarded) {
            return false;
        }
        ready.addLast(spare);
        notifyAll();
        return true;
    }

    /**
     * Waits until a spare is ready, the builds in flight have ended (a failure included) or {@code millis} have
     * passed. The next spare, not every build queued: a build takes a second or more, and the restore that waited
     * for the whole queue (both spares of a round) waited twice as long as it needed (docs/sandbox.md).
     */
    synchronized void awaitSpare(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (ready.isEmpty() && !building.isDone() && !discarded) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }

    /** Wakes {@link #awaitSpare}: the builds in flight have ended. */
    synchronized void built() {
        notifyAll();
    }

    synchronized boolean wanting() {
        return !discarded && ready.size() < DEPTH;
    }

    /** A reset's tables set aside ({@link SetAside}), next to be taken; false when the copy was discarded. */
    synchronized boolean keep(Spare spare) {
        if (discarded) {
            return false;
        }
        ready.addFirst(spare);
        notifyAll();
        return true;
    }

    /**
     * Whether a reset may set the copy's tables aside as one more spare: up to one beyond {@link #DEPTH}, which
     * the next swap restore takes, so that in a suite's loop of resets and restores the same tables go round and
     * none is built.
     */
    synchronized boolean roomForSetAside() {
        return !discarded && ready.size() <= DEPTH;
    }

    private final Deque<Spare> empties = new ArrayDeque<>();

    /**
     * Held by the spares' thread while a transaction of its own locks the live tables (a spare's or empty tables'
     * {@code LIKE}, a key's validation), and tried by an account's reset before its set-aside swaps them: that
     * reset holds the store's advisory lock shared only, as those transactions do, so the two could otherwise
     * lock the same tables in different orders and deadlock.
     */
    private final ReentrantLock liveTables = new ReentrantLock();

    ReentrantLock liveTables() {
        return liveTables;
    }

    /** The empty tables made ahead for a reset to swap in, taken; null when none is ready. */
    synchronized Spare takeEmpties() {
        return empties.pollFirst();
    }

    /** Empty tables given back unused (the reset found nothing to set aside), or newly made. */
    synchronized boolean giveEmpties(Spare spare) {
        if (discarded || empties.size() >= EMPTIES) {
            return false;
        }
        empties.addFirst(spare);
        return true;
    }

    synchronized boolean hasEmpties() {
        return !empties.isEmpty();
    }

    synchronized boolean wantingEmpties() {
        return !discarded && empties.size() < EMPTIES;
    }

    synchronized boolean discarded() {
        return discarded;
    }

    synchronized void uncheck(List<UncheckedKey> keys) {
        unchecked.addAll(keys);
    }

    synchronized List<UncheckedKey> takeUnchecked() {
        List<UncheckedKey> out = List.copyOf(unchecked);
        unchecked.clear();
        return out;
    }

    String nextName(String copySchema) {
        return copySchema + "_" + made.incrementAndGet();
    }

    /** Every spare schema name ever given out, and their graves, for the drop. */
    List<String> names(String copySchema) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= made.get(); i++) {
            out.add(copySchema + "_" + i);
            out.add(copySchema + "_" + i + "_old");
        }
        return out;
    }

    private final List<String> graves = new ArrayList<>();

    /** A used spare's schema and its grave, to drop after the answer. */
    synchronized void bury(Spare spare) {
        graves.add(spare.schema());
        graves.add(spare.grave());
    }

    synchronized List<String> takeGraves() {
        List<String> out = List.copyOf(graves);
        graves.clear();
        return out;
    }

    synchronized CompletableFuture<Void> building() {
        return building;
    }

    synchronized void building(CompletableFuture<Void> next) {
        building = next;
    }

    /** No spare is added from now on; answers the build in flight, to wait for before dropping. */
    synchronized CompletableFuture<Void> discard() {
        discarded = true;
        return building;
    }
}
