package org.relationstimeline.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relationstimeline.problems.Position;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.DidYouMean;

/**
 * Reads typed fields out of a YAML mapping for one file, collecting problems instead of throwing,
 * so that every mistake in a file is reported in the same run.
 */
public final class YamlFields {
    private final String file;
    private final YamlValue.Mapping mapping;
    private final List<Problem> problems;

    public YamlFields(String file, YamlValue.Mapping mapping, List<Problem> problems) {
        this.file = file;
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Where the mapping starts: the place for a problem about a field that is missing. */
    public Position position() {
        return mapping.position();
    }

    public String file() {
        return file;
    }

    /** The list problems are added to, shared with nested readers. */
    public List<Problem> problems() {
        return problems;
    }

    public Optional<YamlValue.Field> field(String key) {
        return Optional.ofNullable(mapping.fields().get(key));
    }

    public void error(Position at, String code, String message, String hint) {
        problems.add(Problem.error(file, at.line(), at.column(), code, message, hint));
    }

    public void warning(Position at, String code, String message, String hint) {
        problems.add(Problem.warning(file, at.line(), at.column(), code, message, hint));
    }

    /** Warns about keys outside {@code known}, suggesting the closest known key. */
    public void warnUnknownKeys(Collection<String> known, String what) {
        for (YamlValue.Field f : mapping.fields().values()) {
            if (!known.contains(f.key())) {
                String hint = DidYouMean.hint(f.key(), known);
                warning(
                        f.keyPosition(),
                        "unknown-key",
                        "unknown " + what + " key '" + f.key() + "' is ignored",
                        hint.isEmpty() ? "known keys: " + String.join(", ", known) : hint);
            }
        }
    }

    /** A required text field: missing, empty or not a single value is an error. */
    public Optional<String> requiredText(String key, String example) {
        Optional<YamlValue.Field> f = field(key);
        if (f.isEmpty()) {
            error(
                    mapping.position(),
                    "missing-field",
                    "required field '" + key + "' is missing",
                    "add a line such as '" + key + ": " + example + "'");
            return Optional.empty();
        }
        Optional<String> text = text(f.get());
        if (text.isPresent() && text.get().isBlank()) {
            error(
                    f.get().keyPosition(),
                    "empty-field",
                    "required field '" + key + "' is empty",
                    "write e.g. '" + key + ": " + example + "'");
            return Optional.empty();
        }
        return text;
    }

    /** An optional text field; null-like values count as absent. */
    public Optional<String> optionalText(String key) {
        return field(key).flatMap(this::text).filter(s -> !s.isBlank());
    }

    /** The text of a single value; a list or mapping is an error. Null gives an empty string. */
    public Optional<String> text(YamlValue.Field f) {
        return scalarText(f.key(), f.value());
    }

    public Optional<String> scalarText(String what, YamlValue value) {
        if (value instanceof YamlValue.Scalar s)
            return Optional.of(s.isNull() ? "" : s.text().strip());
        error(
                value.position(),
                "wrong-type",
                "'" + what + "' must be a single value, not " + value.kind(),
                "write it on one line after the colon");
        return Optional.empty();
    }

    /** A list field; a single value is accepted as a list of one. Missing gives an empty list. */
    public List<YamlValue> list(String key) {
        Optional<YamlValue.Field> f = field(key);
        if (f.isEmpty()) return List.of();
        YamlValue v = f.get().value();
        if (v instanceof YamlValue.Sequence seq) return seq.items();
        if (v instanceof YamlValue.Scalar s && s.isNull()) return List.of();
        if (v instanceof YamlValue.Scalar s) return List.of(s);
        error(
                v.position(),
                "wrong-type",
                "'" + key + "' must be a list, not " + v.kind(),
                "write '" + key + ": [a, b]' or one '- item' per line");
        return List.of();
    }

    /** A list of single values, splitting a comma-separated scalar ("Russia, Algeria"). */
    public List<YamlValue.Scalar> scalarList(String key) {
        List<YamlValue.Scalar> out = new ArrayList<>();
        for (YamlValue v : list(key)) {
            if (v instanceof YamlValue.Scalar s) {
                if (s.isNull()) continue;
                if (s.text().contains(",")) {
                    for (String part : s.text().split(",")) {
                        if (!part.isBlank()) out.add(new YamlValue.Scalar(part.strip(), s.plain(), s.position()));
                    }
                } else {
                    out.add(s);
                }
            } else {
                error(
                        v.position(),
                        "wrong-type",
                        "each item of '" + key + "' must be a single value, not " + v.kind(),
                        "");
            }
        }
        return out;
    }

    /** A boolean field; accepts YAML 1.1 and 1.2 spellings (true/false, yes/no, on/off). */
    public boolean bool(String key, boolean fallback) {
        Optional<YamlValue.Field> f = field(key);
        if (f.isEmpty()) return fallback;
        Optional<String> text = text(f.get());
        if (text.isEmpty() || text.get().isEmpty()) return fallback;
        switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y":
                return true;
            case "false", "no", "off", "n":
                return false;
            default:
                error(
                        f.get().value().position(),
                        "wrong-type",
                        "'" + key + "' must be true or false, not '" + text.get() + "'",
                        "");
                return fallback;
        }
    }
}
