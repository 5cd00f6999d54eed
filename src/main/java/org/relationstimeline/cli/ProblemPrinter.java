package org.relationstimeline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.relationstimeline.problems.Problem;

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

    /**
     * {@code ::error file=...,line=...,col=...::message}, the workflow command GitHub shows on pull
     * requests. The file name comes from a pull request too: like the message it is made
     * {@link #visible}, then escaped by GitHub's rules for property values ({@code %}, CR, LF,
     * {@code :} and {@code ,}); the message by the rules for data ({@code %}, CR, LF).
     */
    static String annotation(Problem p) {
        StringBuilder s = new StringBuilder("::")
                .append(p.isError() ? "error" : "warning")
                .append(" file=")
                .append(escapeProperty(visible(p.file())));
        if (p.line() > 0) s.append(",line=").append(p.line());
        if (p.column() > 0) s.append(",col=").append(p.column());
        String message = p.hint().isEmpty() ? p.message() : p.message() + " (" + p.hint() + ")";
        return s.append("::").append(escapeData(visible(message))).toString();
    }

    /**
     * Messages quote content (values, file names), and content may hold control characters: a
     * newline followed by "::error::" would forge a CI workflow command, an escape sequence could
     * rewrite the terminal, bidirectional overrides can make a line read differently from what
     * it says, and zero-width characters can make two different names look the same. Each such
     * character is shown as a visible backslash-u escape (\\u001b) instead: C0 and C1 controls
     * (tab excepted), line and paragraph separators, every format character (Unicode category Cf:
     * zero-width spaces and joiners, U+2060 to U+2064, the byte-order mark, the soft hyphen, bidi
     * marks, embeddings, overrides and isolates, tag characters) and lone surrogates. Characters
     * outside the basic plane are escaped as their two UTF-16 units.
     */
    static String visible(String s) {
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean hidden = isHidden(cp);
            if (hidden && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out != null) {
                if (hidden) {
                    for (int k = i; k < i + n; k++) out.append(String.format("\\u%04x", (int) s.charAt(k)));
                } else {
                    out.append(s, i, i + n);
                }
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isHidden(int cp) {
        if (cp == '\t') return false;
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) return true;
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.SURROGATE;
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
