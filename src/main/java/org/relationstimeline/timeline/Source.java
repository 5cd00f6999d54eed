package org.relationstimeline.timeline;

import java.util.Optional;

/** Where a claim comes from: a title, and as known a publisher, a date and an http(s) URL. */
public record Source(String title, String publisher, Optional<EventDate> date, String url) {
    /** The date for readers, or an empty string. */
    public String dateDisplay() {
        return date.map(EventDate::display).orElse("");
    }

    /** The date for {@code <time datetime>}, or an empty string. */
    public String dateIso() {
        return date.map(EventDate::iso).orElse("");
    }
}
