package org.relationstimeline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.relationstimeline.content.Problem;

/** Prints problems for people, and as GitHub annotations when running in GitHub Actions. */
final class ProblemPrinter {
    private ProblemPrinter() {}

    static void print(List<Problem> problems, PrintWriter err) {
        print(problems, err, inGitHubActions());
    }

    /** True when GitHub Actions runs us ({@code GITHUB_ACTIONS=true}), so annotations are wanted. */
    static boolean inGitHubActions() {
        return "true".equals(System.getenv("GITHUB_ACTIONS"));
    }

    static void print(List<Problem> problems, PrintWriter err, boolean github) {
        for (Problem p : problems) {
            err.println(visible(p.format()));
            if (github) err.println(annotation(p));
        }
        err.flush();
    }

    /** {@code ::error file=...,line=...,col=...::message}, the workflow command GitHub shows on pull requests. */
    static String annotation(Problem p) {
        StringBuilder s = new StringBuilder("::").append(p.isError() ? "error" : "warning").append(" file=")
                .append(escapeProperty(p.file()));
        if (p.line() > 0) s.append(",line=").append(p.line());
        if (p.column() > 0) s.append(",col=").append(p.column());
        String message = p.hint().isEmpty() ? p.message() : p.message() + " (" + p.hint() + ")";
        return s.append("::").append(escapeData(visible(message))).toString();
    }

    /**
     * Messages quote content (values, file names), and content may hold control characters: a
     * newline followed by "::error::" would forge a CI workflow command, an escape sequence could
     * rewrite the terminal, and bidirectional overrides can make a line read differently from what
     * it says. Each such character is shown as a visible backslash-u escape (\\u001b) instead.
     */
    static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hidden = (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
                    || c == '\u061c';
            if (hidden && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out == null) continue;
            if (hidden) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out == null ? s : out.toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
