package io.frontdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * N clients, each on its own keep-alive connection, send requests back to back for a warm-up and then for a measured
 * duration. Throughput counts completed requests in the measured window; every answer must have the expected status.
 */
final class LoadRun {

    /** What one run measured. */
    record Result(int clients, double throughput, double p50, double p99, double p999, long requests) {
    }

    private LoadRun() {
    }

    /** One unit of a worker's load: worker w's nth request or statement group. */
    interface Task {
        void run(int worker, long n) throws Exception;
    }

    /**
     * @param requests for worker {@code w} and its {@code n}th request, the request to send
     */
    static Result run(String host, int port, int clients, double warmupSeconds, double seconds, int expectedStatus,
                      BiFunction<Integer, Long, RawHttpClient.Request> requests) throws InterruptedException {
        RawHttpClient[] connections = new RawHttpClient[clients];
        for (int w = 0; w < clients; w++) {
            connections[w] = new RawHttpClient(host, port);
        }
        try {
            return measure(clients, warmupSeconds, seconds, (worker, n) -> {
                RawHttpClient.Answer answer = connections[worker].send(requests.apply(worker, n));
                if (answer.status() != expectedStatus) {
                    throw new IllegalStateException("expected " + expectedStatus + ", got " + answer.status() + ": "
                            + answer.text());
                }
            });
        } finally {
            for (RawHttpClient connection : connections) {
                connection.close();
            }
        }
    }

    /**
     * Runs {@code task} on {@code workers} threads back to back: a warm-up, then a measured window in which every
     * completed unit is counted and timed. The first failure stops every worker and is rethrown.
     */
    static Result measure(int workers, double warmupSeconds, double seconds, Task task) throws InterruptedException {
        List<Latencies> perWorker = new ArrayList<>();
        long[] counts = new long[workers];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(workers);
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        for (int w = 0; w < workers; w++) {
            Latencies latencies = new Latencies();
            perWorker.add(latencies);
            int worker = w;
            Thread thread = new Thread(() -> {
                try {
                    for (long n = 0; failure.get() == null; n++) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        task.run(worker, n);
                        long after = System.nanoTime();
                        if (before >= measureFrom && after <= end) {
                            latencies.record(after - before);
                            counts[worker]++;
                        }
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }, "load-" + w);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException("load run failed", failure.get());
        }
        Latencies all = new Latencies();
        long total = 0;
        for (int w = 0; w < workers; w++) {
            all.addAll(perWorker.get(w));
            total += counts[w];
        }
        return new Result(workers, total / seconds, all.percentileMillis(50), all.percentileMillis(99),
                all.percentileMillis(99.9), total);
    }
}
