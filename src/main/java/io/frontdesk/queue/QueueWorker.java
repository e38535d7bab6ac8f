package io.frontdesk.queue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one mechanism for background work: every queue (jobs, outgoing email, webhook deliveries) is registered here and
 * worked by a {@link QueueLane} of its own, with one node name for every claim this process makes.
 */
public final class QueueWorker implements AutoCloseable {

    private final String node;
    private final Clock clock;
    private final Map<String, QueueLane<?>> lanes = new LinkedHashMap<>();

    public QueueWorker(String node, Clock clock) {
        if (node.isBlank()) {
            throw new IllegalArgumentException("a queue worker needs a node name");
        }
        this.node = node;
        this.clock = clock;
    }

    /** The host name where the environment gives one, the process id, and a random part for restarts. */
    public static String newNodeId() {
        String host = System.getenv("HOSTNAME");
        String prefix = host == null || host.isBlank() ? "node" : host.trim();
        return prefix + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    public String node() {
        return node;
    }

    /** Adds a queue, before {@link #start}; its name must be new. */
    public synchronized <T extends Claimed> QueueLane<T> register(QueueSettings settings, ClaimedQueue<T> queue) {
        if (lanes.containsKey(settings.name())) {
            throw new IllegalArgumentException("queue " + settings.name() + " is registered already");
        }
        QueueLane<T> lane = new QueueLane<>(queue, settings, node, clock);
        lanes.put(settings.name(), lane);
        return lane;
    }

    public synchronized Optional<QueueLane<?>> lane(String name) {
        return Optional.ofNullable(lanes.get(name));
    }

    /** Tells every lane to look for due work now (the sandbox's clock moved, so work may have become due). */
    public synchronized void wakeAll() {
        lanes.values().forEach(QueueLane::wake);
    }

    public synchronized void start() {
        lanes.values().forEach(QueueLane::start);
    }

    /** Stops every lane; each finishes what it is running and releases what it has not started. */
    @Override
    public synchronized void close() {
        lanes.values().forEach(QueueLane::stopSoon);
        lanes.values().forEach(QueueLane::close);
    }
}
