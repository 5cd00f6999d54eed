package org.relationstimeline.lint;

import java.util.List;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.Json;

/**
 * Findings as a JSON array for tools ({@code check --format json}): one object per problem with
 * {@code file, line, column, severity, code, message, hint}. Written by hand: the shape is fixed
 * and small; strings go through the project's one JSON escaper.
 */
public final class ProblemJson {
    private ProblemJson() {}

    public static String write(List<Problem> problems) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            s.append(i == 0 ? "\n  " : ",\n  ");
            s.append("{\"file\": ")
                    .append(Json.quote(p.file()))
                    .append(", \"line\": ")
                    .append(p.line())
                    .append(", \"column\": ")
                    .append(p.column())
                    .append(", \"severity\": ")
                    .append(Json.quote(p.severity().label()))
                    .append(", \"code\": ")
                    .append(Json.quote(p.code()))
                    .append(", \"message\": ")
                    .append(Json.quote(p.message()))
                    .append(", \"hint\": ")
                    .append(Json.quote(p.hint()))
                    .append('}');
        }
        return s.append(problems.isEmpty() ? "]" : "\n]").toString();
    }
}
