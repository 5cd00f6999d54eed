package org.relationstimeline.content;

import java.util.Optional;
import org.relationstimeline.timeline.EventDate;

/** Reads {@link EventDate} fields, with the parser's message and hint at the value's position. */
public final class DateFields {
    private DateFields() {}

    /** A date that must be there: missing or empty is an error, as is a date that does not parse. */
    public static Optional<EventDate> required(YamlFields f, String key, String example) {
        Optional<String> text = f.requiredText(key, example);
        return text.flatMap(t -> parse(f, key, t));
    }

    /** A date that may be left out; one that is written must parse. */
    public static Optional<EventDate> optional(YamlFields f, String key) {
        return f.optionalText(key).flatMap(t -> parse(f, key, t));
    }

    /**
     * A day that may be left out, written as YYYY-MM-DD without a qualifier: the days an entry was
     * published and updated are known exactly, and schema.org and CSL want a full date.
     */
    public static Optional<EventDate> optionalDay(YamlFields f, String key, String example) {
        Optional<EventDate> date = optional(f, key);
        if (date.isPresent()
                && (date.get().precision() != EventDate.Precision.DAY
                        || date.get().qualifier() != EventDate.Qualifier.NONE)) {
            f.error(
                    f.field(key).get().value().position(),
                    "bad-date",
                    "'" + key + ": " + f.optionalText(key).orElse("").strip() + "' is not a single day",
                    "write the day as YYYY-MM-DD, e.g. '" + key + ": " + example + "'");
            return Optional.empty();
        }
        return date;
    }

    private static Optional<EventDate> parse(YamlFields f, String key, String text) {
        EventDate.Result parsed = EventDate.parse(text);
        if (parsed.date().isEmpty()) {
            f.error(f.field(key).get().value().position(), "bad-date", parsed.error(), parsed.hint());
        }
        return parsed.date();
    }
}
