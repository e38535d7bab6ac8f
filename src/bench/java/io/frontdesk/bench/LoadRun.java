package io.frontdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Workers run a unit of work back to back for a warm-up and then for a measured duration; throughput counts the units
 * completed in the measured window. The JDBC ceiling runs through it; the HTTP load through {@link HttpLoad}, which
 * reports the same {@link Result}.
 */
final class LoadRun {

    /**
     * What one run measured.
     *
     * @param cpuBusy the share of the machine's CPU time that was busy during the measured window; NaN if unknown
     */
    record Result(int clients, double throughput, double p50, double p99, double p999, long requests, double cpuBusy) {
    }

    private LoadRun() {
    }

    /** One unit of a worker's load: worker w's nth request or statement group. */
    interface Task {
        void run(int worker, long n) throws Exception;
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
                all.percentileMillis(99.9), total, Double.NaN);
    }
}
