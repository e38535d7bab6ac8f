package io.frontdesk.report;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An account's weekly office hours, in its time zone: for each weekday, the windows the office is open. Written as
 * text, groups separated by {@code ;}: {@code mon-fri 09:00-17:00; sat 10:00-12:00}; a day may be named in several
 * groups, {@code 24:00} ends a day, {@code none} (or nothing) means no office hours.
 */
public final class OfficeHours {

    public static final OfficeHours NONE = new OfficeHours(Map.of());

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private record Window(int startMinute, int endMinute) {
    }

    private final Map<DayOfWeek, List<Window>> windows;

    private OfficeHours(Map<DayOfWeek, List<Window>> windows) {
        this.windows = windows;
    }

    public boolean isSet() {
        return !windows.isEmpty();
    }

    /** Parses the text form; a mistake is a 400 naming {@code field}. */
    public static OfficeHours parse(String text, String field) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return NONE;
        }
        Map<DayOfWeek, List<Window>> windows = new EnumMap<>(DayOfWeek.class);
        for (String group : text.split(";")) {
            String[] parts = group.trim().toLowerCase(Locale.ROOT).split("\\s+");
            if (parts.length != 2) {
                throw invalid(field, "expected groups like 'mon-fri 09:00-17:00', got '" + group.trim() + "'");
            }
            List<DayOfWeek> days = days(parts[0], field);
            Window window = window(parts[1], field);
            for (DayOfWeek day : days) {
                windows.computeIfAbsent(day, d -> new ArrayList<>()).add(window);
            }
        }
        for (List<Window> day : windows.values()) {
            day.sort((a, b) -> Integer.compare(a.startMinute, b.startMinute));
            for (int i = 1; i < day.size(); i++) {
                if (day.get(i).startMinute < day.get(i - 1).endMinute) {
                    throw invalid(field, "office hours of one day overlap");
                }
            }
        }
        return new OfficeHours(windows);
    }

    private static List<DayOfWeek> days(String text, String field) {
        String[] range = text.split("-");
        if (range.length > 2) {
            throw invalid(field, "days are one day or a range like mon-fri, got '" + text + "'");
        }
        int from = DAYS.indexOf(range[0]);
        int to = range.length == 1 ? from : DAYS.indexOf(range[1]);
        if (from < 0 || to < 0 || to < from) {
            throw invalid(field, "days are mon, tue, wed, thu, fri, sat, sun or a range like mon-fri, got '" + text
                    + "'");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            days.add(DayOfWeek.of(d + 1));
        }
        return days;
    }

    private static Window window(String text, String field) {
        String[] range = text.split("-");
        if (range.length != 2) {
            throw invalid(field, "hours are a range like 09:00-17:00, got '" + text + "'");
        }
        int start = minute(range[0], field);
        int end = range[1].equals("24:00") ? 24 * 60 : minute(range[1], field);
        if (end <= start) {
            throw invalid(field, "office hours must end after they start, got '" + text + "'");
        }
        return new Window(start, end);
    }

    private static int minute(String text, String field) {
        try {
            LocalTime time = LocalTime.parse(text);
            return time.getHour() * 60 + time.getMinute();
        } catch (DateTimeParseException e) {
            throw invalid(field, "hours are HH:mm, got '" + text + "'");
        }
    }

    private static ApiException invalid(String field, String message) {
        return ApiException.invalid(FieldError.of(field, "Invalid", message));
    }

    /** The office time between two instants, in {@code zone}: local hours, so a daylight-saving day is what it is. */
    public Duration between(Instant from, Instant to, ZoneId zone) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long fromMillis = from.toEpochMilli();
        long toMillis = to.toEpochMilli();
        long[] millis = {0};
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            windows(day, zone, (open, close) -> {
                long start = Math.max(open, fromMillis);
                long end = Math.min(close, toMillis);
                if (end > start) {
                    millis[0] += end - start;
                }
            });
        }
        return Duration.ofMillis(millis[0]);
    }

    /** Receives a window of one day as instants (epoch milliseconds); a daylight-saving gap may make it empty. */
    interface WindowSink {
        void window(long openMillis, long closeMillis);
    }

    /**
     * The day's windows as instants in {@code zone}, in order: local times a daylight-saving gap skips move on by the
     * gap, and of a local time an overlap repeats the earlier is taken. What {@link #between} and
     * {@link OfficeCalendar} both measure.
     */
    void windows(LocalDate day, ZoneId zone, WindowSink sink) {
        for (Window w : windows.getOrDefault(day.getDayOfWeek(), List.of())) {
            sink.window(day.atStartOfDay().plusMinutes(w.startMinute).atZone(zone).toInstant().toEpochMilli(),
                    day.atStartOfDay().plusMinutes(w.endMinute).atZone(zone).toInstant().toEpochMilli());
        }
    }

    /** The text form, normalised: one group per day with hours, {@code none} when unset. */
    public String text() {
        if (windows.isEmpty()) {
            return "none";
        }
        List<String> groups = new ArrayList<>();
        for (Map.Entry<DayOfWeek, List<Window>> day : windows.entrySet()) {
            for (Window w : day.getValue()) {
                groups.add(DAYS.get(day.getKey().getValue() - 1) + " " + hhmm(w.startMinute) + "-" + hhmm(w.endMinute));
            }
        }
        return String.join("; ", groups);
    }

    private static String hhmm(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    @Override
    public String toString() {
        return text();
    }
}
