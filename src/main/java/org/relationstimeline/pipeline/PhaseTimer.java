package org.relationstimeline.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Wall time per pipeline phase, for {@code build --timings}: measure before optimising. */
public final class PhaseTimer {
    private final List<String> lines = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the current phase under this name. */
    public void lap(String phase) {
        long now = System.nanoTime();
        lines.add(String.format("%-10s %6d ms", phase, (now - last) / 1_000_000));
        lines.addAll(details);
        details.clear();
        last = now;
    }

    /** A part of the phase now running, listed under it; parts may overlap, as they run side by side. */
    public void detail(String part, long nanos) {
        details.add(String.format("  %-18s %6d ms", part, nanos / 1_000_000));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
