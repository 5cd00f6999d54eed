package org.relationstimeline.serve;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.pipeline.BuildReport;
import org.relationstimeline.pipeline.SiteBuild;
import org.relationstimeline.problems.Problem;

/**
 * Builds the preview site with the ordinary {@link SiteBuild}, so a rebuild renders only the pages
 * whose inputs changed (the build's fingerprints and hard links do that). Remembers the outcome
 * as a {@link State} the server shows: the last good site stays in place while the content has
 * errors, and the errors are shown over it.
 */
public final class PreviewBuilder {
    private final BuildOptions options;
    private final PrintWriter log;
    private final Object idle = new Object();
    private volatile State state = new State(0, List.of(), false, Instant.EPOCH, null);
    private boolean building;

    /**
     * What the browser should show.
     *
     * @param generation changes whenever what a page shows changes (new files, or errors appearing,
     *     changing or disappearing); open tabs reload when it changes
     * @param errors the errors of the last build; while not empty, the site is the last good one
     * @param hasSite a build has succeeded at least once, so there are files to serve
     * @param changedAt when the generation last changed
     * @param lastReport the last build's report, or null before the first build
     */
    public record State(
            long generation, List<Problem> errors, boolean hasSite, Instant changedAt, BuildReport lastReport) {}

    PreviewBuilder(BuildOptions options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    public State state() {
        return state;
    }

    /** Where the preview site is written. */
    public java.nio.file.Path siteFolder() {
        return options.out();
    }

    /** Builds now; rebuilds are serialised. Returns the new state. */
    public State rebuild() {
        synchronized (idle) {
            building = true;
        }
        try {
            synchronized (this) {
                BuildReport report = build();
                State before = state;
                List<Problem> errors =
                        report.problems().stream().filter(Problem::isError).toList();
                boolean hasSite = before.hasSite() || report.committed();
                boolean changed = before.lastReport() == null
                        || !errors.equals(before.errors())
                        || (report.committed() && (report.written() > 0 || report.removed() > 0));
                state = changed
                        ? new State(before.generation() + 1, errors, hasSite, Instant.now(), report)
                        : new State(before.generation(), errors, hasSite, before.changedAt(), report);
                report(report, before);
                return state;
            }
        } finally {
            synchronized (idle) {
                building = false;
                idle.notifyAll();
            }
        }
    }

    /** A build that threw (a folder vanished mid-walk, say) counts as failed, so the server keeps running. */
    private BuildReport build() {
        long start = System.nanoTime();
        try {
            return new SiteBuild(options, SiteBuild.Progress.NONE).run();
        } catch (RuntimeException e) {
            Problem p = Problem.error(
                    BuildOptions.display(options.content()),
                    0,
                    0,
                    "build-crashed",
                    "the build stopped unexpectedly: " + e,
                    "save again to retry");
            return new BuildReport(
                    List.of(p), 0, 0, 0, 0, 0, 0, java.time.Duration.ofNanos(System.nanoTime() - start), false);
        }
    }

    /** Waits until no build is running, at most {@code millis}; true when idle. */
    boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (idle) {
            while (building) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) return false;
                idle.wait(left);
            }
            return true;
        }
    }

    boolean isBuilding() {
        synchronized (idle) {
            return building;
        }
    }

    private void report(BuildReport report, State before) {
        for (Problem p : report.problems()) log.println(p.format());
        if (report.committed()) {
            log.println(report.summary());
        } else {
            log.println(report.summary()
                    .replace(
                            "the site was not changed",
                            before.hasSite()
                                    ? "still showing the last good build, with the errors over it"
                                    : "nothing to show yet"));
        }
        log.flush();
    }
}
