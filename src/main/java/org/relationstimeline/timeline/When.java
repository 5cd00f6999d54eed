package org.relationstimeline.timeline;

import java.util.Optional;

/**
 * When an entry happened: one date, or a span from a start to an end date or still going on,
 * written as an EDTF interval ({@code 1954-11-01/1962-03-19}, {@code 2022-02-24/..}). Each end
 * has its own precision and qualifier. Timelines place a span at its start.
 */
public record When(EventDate start, EventEnd end) {
    private static final String RANGE_HINT =
            "write a span as START/END, e.g. 'date: 1954-11-01/1962-03-19', or START/.. while it lasts";

    public When {
        java.util.Objects.requireNonNull(start);
        java.util.Objects.requireNonNull(end);
    }

    public static When point(EventDate date) {
        return new When(date, EventEnd.NONE);
    }

    public boolean isSpan() {
        return end.isSpan();
    }

    public boolean isOngoing() {
        return end.ongoing();
    }

    /** True for a span with an end date. */
    public boolean isClosed() {
        return end.date() != null;
    }

    /**
     * Between the two ends: an unspaced en dash between plain years ("1965–1966"), a spaced one
     * when either end is written in words ("November 1954 – March 1962"), as style guides do.
     */
    public String separator() {
        if (!isClosed()) return "";
        return start.display().contains(" ") || end.date().display().contains(" ") ? " \u2013 " : "\u2013";
    }

    /**
     * The reader's form: "5 July 1962", "1 November 1954 – 19 March 1962", "1965–1966", "since 24
     * February 2022"; each end with its qualifier as a point date shows it.
     */
    public String display() {
        if (isOngoing()) return "since " + start.display();
        if (isClosed()) return start.display() + separator() + end.date().display();
        return start.display();
    }

    /** {@link #display} as it starts a sentence: "Since 24 February 2022", "1 November 1954 – 19 March 1962". */
    public String displayAtStart() {
        return isOngoing() ? "Since " + start.display() : display();
    }

    /** The machine form of EDTF without qualifiers: "1962-07-05", "1954-11-01/1962-03-19", "2022-02-24/..". */
    public String iso() {
        if (isOngoing()) return start.iso() + "/..";
        if (isClosed()) return start.iso() + "/" + end.date().iso();
        return start.iso();
    }

    /** Parses a written date or EDTF interval, or explains what is wrong and where in the text. */
    public static Result parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            EventDate.Result point = EventDate.parse(text);
            return point.date().isPresent()
                    ? Result.success(point(point.date().get()))
                    : Result.failure(point.error(), point.hint(), leading(text));
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            return Result.failure(
                    "'" + text.strip() + "' has more than one '/'; a span has a start and an end",
                    RANGE_HINT,
                    text.indexOf('/', slash + 1));
        }
        String first = text.substring(0, slash);
        String second = text.substring(slash + 1);
        int secondAt = slash + 1 + leading(second);
        if (first.isBlank() && second.isBlank()) {
            return Result.failure("'/' alone is not a date", RANGE_HINT, leading(text));
        }
        if (first.strip().equals("..")) {
            return Result.failure(
                    "a span with an unknown start ('..') is not accepted: a timeline places an entry at its start",
                    "write the date the span began, or write the end as a date of its own ('date: "
                            + (second.isBlank() ? "1962-03-19" : second.strip()) + "')",
                    leading(first));
        }
        if (first.isBlank()) {
            return Result.failure(
                    "the span '" + text.strip() + "' has no start", "write the date it began before the '/'", 0);
        }
        EventDate.Result start = EventDate.parse(first);
        if (start.date().isEmpty()) return endFailure("start", start, leading(first));
        if (second.isBlank()) {
            return Result.failure(
                    "the span '" + text.strip() + "' has no end",
                    "write the end date after the '/', or '" + first.strip() + "/..' while it lasts",
                    slash + 1);
        }
        if (second.strip().equals(".."))
            return Result.success(new When(start.date().get(), EventEnd.ONGOING));
        EventDate.Result end = EventDate.parse(second);
        if (end.date().isEmpty()) return endFailure("end", end, secondAt);
        EventDate from = start.date().get();
        EventDate to = end.date().get();
        // Read in the span's favour, as eras are: "1991/1991-12" is fine, "1992-01/1991" is not.
        if (to.lastDay().isBefore(from.firstDay())) {
            return Result.failure(
                    "the span ends (" + to.display() + ") before it starts (" + from.display() + ")",
                    "swap the two dates: START/END, the earlier first",
                    secondAt);
        }
        if (to.equals(from)) {
            return Result.failure(
                    "the span '" + text.strip() + "' starts and ends on the same date",
                    "write the date alone: 'date: " + first.strip() + "'",
                    secondAt);
        }
        return Result.success(new When(from, EventEnd.at(to)));
    }

    /** An end that is not a date: the date parser's message, said of that end. */
    private static Result endFailure(String which, EventDate.Result parsed, int offset) {
        String hint = parsed.hint().equals(EventDate.DATE_HINT) ? RANGE_HINT : parsed.hint();
        return Result.failure("the " + which + " of the span: " + parsed.error(), hint, offset);
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /**
     * The outcome of {@link #parse}: a value, or a message and hint, with the offset in the text
     * of the part that is wrong (the bad end of a span), so the error can point at it.
     */
    public record Result(Optional<When> when, String error, String hint, int offset) {
        static Result success(When w) {
            return new Result(Optional.of(w), "", "", 0);
        }

        static Result failure(String message, String hint, int offset) {
            return new Result(Optional.empty(), message, hint, offset);
        }
    }
}
