package org.relationstimeline.content;

import java.util.Optional;
import org.relationstimeline.problems.Position;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.When;

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

    /**
     * An entry's date, a point or a span ({@code START/END}, {@code START/..}); required. An error
     * in one end of a span points at that end when the value is written plain on its line.
     */
    public static Optional<When> requiredWhen(YamlFields f, String key, String example) {
        Optional<String> text = f.requiredText(key, example);
        if (text.isEmpty()) return Optional.empty();
        YamlValue value = f.field(key).get().value();
        String written = value instanceof YamlValue.Scalar s ? s.text() : text.get();
        When.Result parsed = When.parse(written);
        if (parsed.when().isEmpty()) {
            f.error(at(value, written, parsed.offset()), "bad-date", parsed.error(), parsed.hint());
        }
        return parsed.when();
    }

    /**
     * The position of a character of a value: exact for a plain scalar on one line (its text is
     * as written there); a quoted or block value may hold escapes or line breaks, so it points
     * at the value's start.
     */
    private static Position at(YamlValue value, String written, int offset) {
        Position start = value.position();
        if (!(value instanceof YamlValue.Scalar s) || !s.plain() || offset <= 0) return start;
        if (written.substring(0, Math.min(offset, written.length())).indexOf('\n') >= 0) return start;
        return new Position(start.line(), start.column() + offset);
    }
}
