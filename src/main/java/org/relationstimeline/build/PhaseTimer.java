package org.relationstimeline.build;

import java.util.ArrayList;
import java.util.List;

/** Wall time per pipeline phase, for {@code build --timings}: measure before optimising. */
public final class PhaseTimer {
    private final List<String> lines = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the current phase under this name. */
    public void lap(String phase) {
        long now = System.nanoTime();
        lines.add(String.format("%-10s %6d ms", phase, (now - last) / 1_000_000));
        last = now;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
