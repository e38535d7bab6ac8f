package io.frontdesk.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A line chart of throughput against concurrency, drawn with Java2D so the benchmark needs no charting dependency.
 */
final class Plot {

    /** One line: its label and (clients, requests per second) points. */
    record Series(String label, List<double[]> points) {
    }

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

    private Plot() {
    }

    static void write(Path file, String title, List<Series> series) throws IOException {
        int width = 900;
        int height = 520;
        int left = 80;
        int right = 230;
        int top = 50;
        int bottom = 60;
        double maxX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(1);
        double maxY = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).max().orElse(1) * 1.1;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        g.drawLine(left, top + plotH, left + plotW, top + plotH);
        g.drawLine(left, top, left, top + plotH);
        for (int i = 0; i <= 5; i++) {
            double value = maxY * i / 5;
            int y = top + plotH - (int) (plotH * i / 5.0);
            g.setColor(new Color(0xdddddd));
            g.drawLine(left + 1, y, left + plotW, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%,.0f", value), 10, y + 4);
        }
        series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).distinct().forEach(x -> {
            int px = left + (int) (plotW * x / maxX);
            g.drawLine(px, top + plotH, px, top + plotH + 5);
            g.drawString(String.format("%.0f", x), px - 6, top + plotH + 20);
        });
        g.drawString("concurrent clients", left + plotW / 2 - 50, height - 15);
        g.drawString("requests/s", 10, top - 10);
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            g.setColor(COLORS[s % COLORS.length]);
            g.setStroke(new BasicStroke(2.5f));
            int[] xs = line.points().stream().mapToInt(p -> left + (int) (plotW * p[0] / maxX)).toArray();
            int[] ys = line.points().stream().mapToInt(p -> top + plotH - (int) (plotH * p[1] / maxY)).toArray();
            g.drawPolyline(xs, ys, xs.length);
            for (int i = 0; i < xs.length; i++) {
                g.fillOval(xs[i] - 4, ys[i] - 4, 8, 8);
            }
            g.fillRect(width - right + 20, top + 20 + s * 22, 14, 4);
            g.setColor(Color.BLACK);
            g.drawString(line.label(), width - right + 40, top + 26 + s * 22);
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    static List<double[]> points(List<LoadRun.Result> results) {
        return results.stream().map(r -> new double[] {r.clients(), r.throughput()}).toList();
    }

    static List<Series> curves(List<PerfBenchmark.Result> results) {
        List<Series> series = new java.util.ArrayList<>();
        for (PerfBenchmark.Result result : results) {
            for (Map.Entry<String, List<LoadRun.Result>> curve : result.curves().entrySet()) {
                series.add(new Series(curve.getKey() + " (" + result.database() + ")", points(curve.getValue())));
            }
        }
        return series;
    }
}
