package io.frontdesk.logging;

import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;

/**
 * Where a start spends its time, for docs/benchmarks.md's phase table: with {@code -Dfrontdesk.startup-phases=true}
 * each {@link #mark} prints one line on standard error with the milliseconds since the JVM started, the process's CPU
 * milliseconds so far (every thread) and the classes loaded so far. Off (the default) a mark is one static boolean
 * test, and the management classes the measurement needs are never loaded.
 */
public final class StartupPhases {

    private static final boolean ON = Boolean.getBoolean("frontdesk.startup-phases");

    private StartupPhases() {
    }

    public static void mark(String phase) {
        if (ON) {
            Recorder.mark(phase);
        }
    }

    /** Loaded on the first mark when on: its management beans are what it measures with. */
    private static final class Recorder {

        private static final RuntimeMXBean RUNTIME = ManagementFactory.getRuntimeMXBean();

        static synchronized void mark(String phase) {
            long cpuNanos = ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
            System.err.printf("startup-phase %-22s wall=%5d ms cpu=%5d ms classes=%5d [%s]%n", phase,
                    RUNTIME.getUptime(), cpuNanos / 1_000_000,
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
                    Thread.currentThread().getName());
            System.err.flush();
        }
    }
}
