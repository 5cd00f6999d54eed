package org.relationstimeline.problems;

import java.util.Comparator;

/**
 * One finding about the input, pointing at a file position, in the compiler-style form editors
 * and CI annotate: {@code path:line:column: error: message (hint)}.
 *
 * @param file path as shown to the user (relative to the project where possible)
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 * @param hint how to fix it, or an empty string
 */
public record Problem(String file, int line, int column, Severity severity, String code, String message, String hint) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public static Problem error(String file, int line, int column, String code, String message, String hint) {
        return new Problem(file, line, column, Severity.ERROR, code, message, hint == null ? "" : hint);
    }

    public static Problem warning(String file, int line, int column, String code, String message, String hint) {
        return new Problem(file, line, column, Severity.WARNING, code, message, hint == null ? "" : hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code content/x.md:3:12: error: unknown country 'Rusia' (did you mean 'Russia'?)}. */
    public String format() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) s.append(':').append(column);
        }
        s.append(": ").append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) s.append(" (").append(hint).append(')');
        return s.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
