package io.frontdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole machine's CPU time from {@code /proc/stat}, to tell whether a run kept every core busy. Empty (NaN shares)
 * where the file is not there or not understood: the figure is context, never a reason to fail a run.
 */
record CpuTimes(long busy, long total) {

    private static final Path STAT = Path.of("/proc/stat");
    /** No reading: every share taken from or to it is NaN. */
    private static final CpuTimes UNKNOWN = new CpuTimes(0, 0);

    static CpuTimes now() {
        try {
            List<String> lines = Files.readAllLines(STAT);
            return lines.isEmpty() ? UNKNOWN : parse(lines.get(0));
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /**
     * The aggregate line: {@code cpu user nice system idle iowait irq softirq steal guest guest_nice}; idle and iowait
     * are not busy, and the guest columns are left out because user and nice already count them.
     */
    static CpuTimes parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 5 || !fields[0].equals("cpu")) {
            return UNKNOWN;
        }
        long total = 0;
        long idle = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            long value = Long.parseLong(fields[i]);
            total += value;
            if (i == 4 || i == 5) {
                idle += value;
            }
        }
        return new CpuTimes(total - idle, total);
    }

    /** The share of the machine's CPU time that was busy from {@code before} to this; NaN when unknown. */
    double busyShareSince(CpuTimes before) {
        long total = this.total - before.total;
        return before.total == 0 || total <= 0 ? Double.NaN : (double) (busy - before.busy) / total;
    }
}
