package org.relationstimeline.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A time budget for work done on one thread, counted in that thread's CPU time. Wall-clock time
 * also counts the time the thread waits for a core, which on a loaded machine (other jobs, or this
 * suite's own classes running in parallel) says nothing about the code. A wall-clock limit of
 * {@value #WALL_FACTOR} times the budget still stops a runaway, as {@code assertTimeoutPreemptively} did.
 */
public final class CpuBudget {
    static final int WALL_FACTOR = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuBudget() {}

    /** Runs {@code work} on a thread of its own and fails when it used more than {@code budget} of CPU time. */
    public static <T> T within(Duration budget, ThrowingSupplier<T> work) {
        AtomicLong used = new AtomicLong();
        T result = assertTimeoutPreemptively(budget.multipliedBy(WALL_FACTOR), () -> {
            long start = now();
            try {
                return work.get();
            } finally {
                used.set(now() - start);
            }
        });
        assertThat(Duration.ofNanos(used.get()))
                .as("CPU time used (budget %s)", budget)
                .isLessThanOrEqualTo(budget);
        return result;
    }

    public static void within(Duration budget, Executable work) {
        within(budget, () -> {
            work.execute();
            return null;
        });
    }

    /** CPU time of the current thread so far, in nanoseconds (wall-clock time where the JVM cannot tell). */
    public static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
