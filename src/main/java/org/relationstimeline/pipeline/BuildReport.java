package org.relationstimeline.pipeline;

import java.time.Duration;
import java.util.List;
import org.relationstimeline.problems.Problem;

/** The outcome of a build or check: every problem, and what was written. */
public record BuildReport(
        List<Problem> problems,
        int files,
        int entries,
        int pages,
        int written,
        int unchanged,
        int removed,
        Duration time,
        boolean committed) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** The one-line summary printed at the end of a build. */
    public String summary() {
        if (!committed) {
            return String.format(
                    "build failed: %d error(s), %d warning(s) in %d file(s); the site was not changed",
                    errorCount(), warningCount(), files);
        }
        return String.format(
                "built %d entries into %d files: %d written, %d unchanged, %d removed, in %d ms%s",
                entries,
                written + unchanged,
                written,
                unchanged,
                removed,
                time.toMillis(),
                warningCount() > 0 ? " (" + warningCount() + " warning(s))" : "");
    }
}
