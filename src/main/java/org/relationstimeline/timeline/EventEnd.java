package org.relationstimeline.timeline;

/**
 * Where an entry's time ends: at its start (an event of one date), at a date (a closed span such
 * as a war), or not yet (an ongoing span, written {@code START/..}).
 *
 * @param date the last date of a closed span, or null
 * @param ongoing true for a span still going on; then {@code date} is null
 */
public record EventEnd(EventDate date, boolean ongoing) {
    /** A point in time: the entry ends where it starts. */
    public static final EventEnd NONE = new EventEnd(null, false);
    /** A span still going on. */
    public static final EventEnd ONGOING = new EventEnd(null, true);

    public EventEnd {
        if (ongoing && date != null) throw new IllegalArgumentException("an ongoing span has no end date");
    }

    public static EventEnd at(EventDate date) {
        return new EventEnd(java.util.Objects.requireNonNull(date), false);
    }

    /** True for a closed span (an end date) or an ongoing one. */
    public boolean isSpan() {
        return ongoing || date != null;
    }
}
