package org.relationstimeline.content;

import org.relationstimeline.problems.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's syntax errors in an editor's words, at the place to edit. SnakeYAML reports where it
 * gave up, which for an unclosed quote or bracket is the end of the front matter; the opening
 * mark it also records is where the mistake is.
 */
final class YamlSyntaxErrors {
    private YamlSyntaxErrors() {}

    /** A located error with a hint that fits the mistake. */
    static YamlLoader.YamlException explain(MarkedYAMLException e, int firstLine) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = (e.getProblem() != null ? e.getProblem() : e.getMessage()).trim();
        Mark opening = e.getContextMark();
        Mark stop = e.getProblemMark() != null ? e.getProblemMark() : opening;
        if (context.startsWith("while scanning a quoted scalar") && opening != null) {
            char quote = quoteAt(opening);
            return new YamlLoader.YamlException(
                    at(opening, firstLine),
                    "the quoted value that starts here with " + quote + " is never closed (YAML read on to line "
                            + at(stop, firstLine).line() + ")",
                    "end the value with " + quote
                            + (quote == '"' ? "; a quote inside it is written \\\"" : "; a ' inside it is written ''"));
        }
        if (problem.contains("(TAB)")) {
            return new YamlLoader.YamlException(
                    at(stop, firstLine),
                    "a tab is used for indentation; YAML indents with spaces only",
                    "replace the tab with spaces (two per level, as the other lines)");
        }
        if ((context.startsWith("while parsing a flow sequence") || context.startsWith("while parsing a flow mapping"))
                && opening != null) {
            boolean list = context.contains("sequence");
            return new YamlLoader.YamlException(
                    at(opening, firstLine),
                    "the " + (list ? "list" : "mapping") + " that starts here" + " with '" + (list ? '[' : '{')
                            + "' is not closed: " + problem + " on line "
                            + at(stop, firstLine).line(),
                    "close it with '" + (list ? ']' : '}')
                            + "' on the same line, and quote items that hold ',', ':' or brackets");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return new YamlLoader.YamlException(
                    at(stop, firstLine),
                    "a value holds ': ', which YAML reads as the start of a" + " new key",
                    "quote the whole value, as in title: \"Algeria: a new partnership\"");
        }
        return new YamlLoader.YamlException(
                at(stop, firstLine),
                "malformed YAML: " + problem,
                "quote values that contain ': ' or start with a special character");
    }

    /** The quote character an opening mark points at. */
    private static char quoteAt(Mark mark) {
        int[] buffer = mark.getBuffer();
        int i = mark.getPointer();
        return buffer != null && i >= 0 && i < buffer.length && buffer[i] == '\'' ? '\'' : '"';
    }

    private static Position at(Mark mark, int firstLine) {
        if (mark == null) return new Position(firstLine, 1);
        return new Position(mark.getLine() + firstLine, mark.getColumn() + 1);
    }
}
