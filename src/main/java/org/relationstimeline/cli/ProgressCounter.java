package org.relationstimeline.cli;

import java.io.PrintWriter;
import org.relationstimeline.pipeline.SiteBuild;

/**
 * A page counter on one terminal line, shown only on a terminal and when a build runs longer than
 * two seconds, so quick builds and logs stay quiet.
 */
final class ProgressCounter implements SiteBuild.Progress {
    private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    ProgressCounter(PrintWriter err, boolean quiet) {
        this.err = err;
        // A counter redrawn with carriage returns only makes sense on a terminal, not in CI logs.
        this.quiet = quiet || System.console() == null;
    }

    @Override
    public synchronized void pages(int done, int total) {
        long now = System.nanoTime();
        if (quiet || now - start < SHOW_AFTER_NANOS || (now - lastShown < EVERY_NANOS && done < total)) return;
        lastShown = now;
        shown = true;
        err.printf("\rrendering pages: %d/%d (%d%%)", done, total, total == 0 ? 100 : done * 100L / total);
        err.flush();
    }

    synchronized void finish() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
