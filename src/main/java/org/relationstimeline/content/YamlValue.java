package org.relationstimeline.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relationstimeline.problems.Position;

/**
 * A YAML value as written, with its position. Scalars keep their source text: the loader never
 * guesses types, so {@code NO} stays the text "NO" (Norway) and {@code 2023-08-01} never becomes
 * a time-zone dependent timestamp. Fields interpret the text themselves.
 */
public sealed interface YamlValue {
    Position position();

    /** A human word for the kind of value, for error messages. */
    String kind();

    /** A scalar; {@code plain} is false when it was quoted or a block scalar. */
    record Scalar(String text, boolean plain, Position position) implements YamlValue {
        /** Empty, {@code ~} or {@code null} written without quotes. */
        public boolean isNull() {
            if (!plain) return false;
            String t = text.toLowerCase(Locale.ROOT);
            return t.isEmpty() || t.equals("~") || t.equals("null");
        }

        @Override
        public String kind() {
            return "a single value";
        }
    }

    /** A list. */
    record Sequence(List<YamlValue> items, Position position) implements YamlValue {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping, in source order, keys unique. */
    record Mapping(Map<String, Field> fields, Position position) implements YamlValue {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping with where the key stands. */
    record Field(String key, Position keyPosition, YamlValue value) {}
}
