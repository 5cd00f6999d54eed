package org.relationstimeline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.relationstimeline.content.Problem;

/** Prints problems for people, and as GitHub annotations when running in GitHub Actions. */
final class ProblemPrinter {
    private ProblemPrinter() {}

    static void print(List<Problem> problems, PrintWriter err) {
        boolean github = "true".equals(System.getenv("GITHUB_ACTIONS"));
        for (Problem p : problems) {
            err.println(p.format());
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
        return s.append("::").append(escapeData(message)).toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
