package org.relationstimeline.lint;

import java.util.List;
import org.relationstimeline.content.Problem;

/**
 * Findings as a JSON array for tools ({@code check --format json}): one object per problem with
 * {@code file, line, column, severity, code, message, hint}. Written by hand: the shape is fixed
 * and small, and the only care needed is string escaping.
 */
public final class ProblemJson {
    private ProblemJson() {}

    public static String write(List<Problem> problems) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            s.append(i == 0 ? "\n  " : ",\n  ");
            s.append("{\"file\": ").append(string(p.file()))
                    .append(", \"line\": ").append(p.line())
                    .append(", \"column\": ").append(p.column())
                    .append(", \"severity\": ").append(string(p.severity().label()))
                    .append(", \"code\": ").append(string(p.code()))
                    .append(", \"message\": ").append(string(p.message()))
                    .append(", \"hint\": ").append(string(p.hint()))
                    .append('}');
        }
        return s.append(problems.isEmpty() ? "]" : "\n]").toString();
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                default -> {
                    // U+2028 and U+2029 are valid JSON but end lines in JavaScript; escape them too.
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') s.append(String.format("\\u%04x", (int) c));
                    else s.append(c);
                }
            }
        }
        return s.append('"').toString();
    }
}
