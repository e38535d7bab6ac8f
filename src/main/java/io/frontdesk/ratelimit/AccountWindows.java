package io.frontdesk.ratelimit;

import java.util.concurrent.locks.ReentrantLock;

/**
 * What this node knows of one account's windows. The fields are guarded by this object's monitor, held only for
 * arithmetic; {@link #exchange} is held across a database round trip, so this node has at most one exchange of the
 * account's counters in flight and {@link Cell#inflight} belongs to it alone.
 */
final class AccountWindows {

    final ReentrantLock exchange = new ReentrantLock();
    private final Cell[] cells = new Cell[RateWindow.values().length];
    /** Set when the background sync dropped this object from the map; a request holding it starts over. */
    boolean retired;

    Cell cell(RateWindow window) {
        Cell cell = cells[window.ordinal()];
        if (cell == null) {
            cell = new Cell();
            cells[window.ordinal()] = cell;
        }
        return cell;
    }

    /** The cell if this account ever used the window, else null. */
    Cell existing(RateWindow window) {
        return cells[window.ordinal()];
    }

    /** One window's counts: {@code known} from the shared table, plus this node's own unwritten units. */
    static final class Cell {
        long start = Long.MIN_VALUE;
        /** The shared total at the last exchange (zero when this node counts alone). */
        long known;
        /** This node's units being written by the exchange in flight. */
        long inflight;
        /** This node's units admitted since, not yet written. */
        long pending;
        /** The account went over in this window and it was logged; once per window is enough. */
        boolean reported;

        /** What this node believes the window holds: never more than the truth, since other nodes only add. */
        long view() {
            return known + inflight + pending;
        }

        /**
         * Moves to the window starting at {@code windowStart}, which a new window empties. False when the cell is
         * already in a later window (a request that waited across the boundary): that request is not counted.
         */
        boolean roll(long windowStart) {
            if (windowStart > start) {
                start = windowStart;
                known = 0;
                inflight = 0;
                pending = 0;
                reported = false;
            }
            return windowStart == start;
        }
    }
}
