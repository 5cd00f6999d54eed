package org.relationstimeline.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date with the precision it was written with ("1962", "1962-07", "1962-07-05") and
 * an optional EDTF qualifier. It is never converted through a time zone: the day written is the
 * day shown.
 */
public record EventDate(int year, int month, int day, Precision precision, Qualifier qualifier)
        implements Comparable<EventDate> {

    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    /** EDTF qualifiers: {@code ~} approximate, {@code ?} uncertain, {@code %} both. */
    public enum Qualifier {
        NONE,
        APPROXIMATE,
        UNCERTAIN,
        APPROXIMATE_UNCERTAIN
    }

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?([~?%])?");

    /** The time part of a date-time: hour, minute, second, and the offset (Z, or sign, hours, minutes). */
    private static final Pattern TIME =
            Pattern.compile("T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:(Z)|([+-])(\\d{2}):?(\\d{2}))?");

    /**
     * The largest offset accepted, in hours. RFC 3339's grammar would allow up to 23:59, but no
     * place on Earth is that far from UTC; Java's {@code ZoneOffset} (and ISO practice) stop at 18:00.
     */
    static final int MAX_OFFSET_HOURS = 18;

    static final String DATE_HINT = "e.g. 'date: 2023-08-01', 'date: 1962-07' or 'date: 1962'";

    /** Parses a written date, or explains what is wrong with it. */
    public static Result parse(String text) {
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            return Result.failure(
                    "'" + t + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (add ~ for an approximate date)");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        // Test the digits as written: "2023-00-05" has month 0, which is not "no month".
        if (m.group(2) != null && (month < 1 || month > 12)) {
            return Result.failure("month " + m.group(2) + " in '" + t + "' is not between 01 and 12");
        }
        if (m.group(4) != null) {
            Result bad = checkTime(t, m.group(4));
            if (bad != null) return bad;
        }
        if (m.group(3) != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return Result.failure("'" + t + "' is not a day of the calendar ("
                        + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                        + LocalDate.of(year, month, 1).lengthOfMonth() + " days)");
            }
        }
        Precision precision = day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
        Qualifier qualifier = m.group(5) == null
                ? Qualifier.NONE
                : switch (m.group(5)) {
                    case "~" -> Qualifier.APPROXIMATE;
                    case "?" -> Qualifier.UNCERTAIN;
                    default -> Qualifier.APPROXIMATE_UNCERTAIN;
                };
        return Result.success(new EventDate(year, month, day, precision, qualifier));
    }

    /**
     * The time of a date-time must be a real time of day with an offset: hours 00 to 23, minutes and
     * seconds 00 to 59 (a leap second, :60, is refused: the day it belongs to depends on the
     * offset), and an offset of Z or at most 18 hours either way. Without an offset the day is not
     * known to be the day written, so that is refused too. Null when the time is fine.
     */
    private static Result checkTime(String text, String time) {
        Matcher m = TIME.matcher(time);
        if (!m.matches()) throw new IllegalStateException("DATE and TIME disagree on " + time);
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23) {
            return Result.failure(
                    "hour " + m.group(1) + " in '" + text + "' is not between 00 and 23",
                    "write the time as HH:MM:SS with HH from 00 to 23, or give the date alone");
        }
        if (minute > 59) {
            return Result.failure(
                    "minute " + m.group(2) + " in '" + text + "' is not between 00 and 59",
                    "write the time as HH:MM:SS, or give the date alone");
        }
        if (m.group(3) != null) {
            int second = Integer.parseInt(m.group(3));
            if (second == 60) {
                return Result.failure(
                        "second 60 in '" + text + "' is a leap second, which is not accepted",
                        "write :59, or give the date alone");
            }
            if (second > 59) {
                return Result.failure(
                        "second " + m.group(3) + " in '" + text + "' is not between 00 and 59",
                        "write the time as HH:MM:SS, or give the date alone");
            }
        }
        if (m.group(4) == null && m.group(5) == null) {
            return Result.failure(
                    "'" + text + "' has a time but no offset, so its day is not certain",
                    "add an offset such as +00:00 or give the date alone");
        }
        if (m.group(5) != null) {
            int offsetHours = Integer.parseInt(m.group(6));
            int offsetMinutes = Integer.parseInt(m.group(7));
            if (offsetMinutes > 59
                    || offsetHours > MAX_OFFSET_HOURS
                    || (offsetHours == MAX_OFFSET_HOURS && offsetMinutes > 0)) {
                String written = time.substring(m.start(5));
                return Result.failure(
                        "offset " + written + " in '" + text + "' is not between -18:00 and +18:00",
                        "write an offset from -18:00 to +18:00 such as +03:00, or give the date alone");
            }
        }
        return null;
    }

    /** The outcome of {@link #parse}: a date, or a message and a hint on how to fix it. */
    public record Result(Optional<EventDate> date, String error, String hint) {
        static Result success(EventDate d) {
            return new Result(Optional.of(d), "", "");
        }

        static Result failure(String message) {
            return new Result(Optional.empty(), message, DATE_HINT);
        }

        static Result failure(String message, String hint) {
            return new Result(Optional.empty(), message, hint);
        }
    }

    public static EventDate ofDay(LocalDate d) {
        return new EventDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Precision.DAY, Qualifier.NONE);
    }

    /** The machine form, valid in {@code <time datetime>}: "1962", "1962-07" or "1962-07-05". */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** The reader's form, as precise as written: "5 July 1962", "July 1962", "1962", "c. 1962". */
    public String display() {
        String base = switch (precision) {
            case YEAR -> Integer.toString(year);
            case MONTH -> monthName() + " " + year;
            case DAY -> day + " " + monthName() + " " + year;
        };
        return switch (qualifier) {
            case NONE -> base;
            case APPROXIMATE -> "c. " + base;
            case UNCERTAIN -> base + " (uncertain)";
            case APPROXIMATE_UNCERTAIN -> "c. " + base + " (uncertain)";
        };
    }

    /** The first day the date may mean; used for feeds and sitemaps that need a full date. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day the date may mean: 31 December for a year, the month's last day for a month. */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH ->
                LocalDate.of(year, month, 1)
                        .withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    private String monthName() {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Chronological; a less precise date sorts before the precise dates it contains. */
    @Override
    public int compareTo(EventDate o) {
        if (year != o.year) return Integer.compare(year, o.year);
        if (month != o.month) return Integer.compare(month, o.month);
        return Integer.compare(day, o.day);
    }
}
