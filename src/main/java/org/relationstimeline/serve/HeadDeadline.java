package org.relationstimeline.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A time-out for reading a request head. The JDK server hands a connection to a worker thread as
 * soon as its first byte arrives, and the worker then reads the request line and headers with
 * blocking reads: a client that sends one byte every few seconds holds a worker for as long as it
 * likes, and a few hundred of them hold every worker. Here each such task gets a deadline, counted
 * from the moment the server handed it over; a watchdog interrupts a worker still reading its head
 * after the deadline, which closes the connection (the JDK reads from an interruptible channel).
 * Once the head is in (the {@link #filter} runs), the deadline no longer applies.
 */
final class HeadDeadline implements Executor {
    /** How often the watchdog looks, at most; shorter for short time-outs. */
    private static final long MAX_TICK_MILLIS = 250;

    private final ExecutorService workers;
    private final ScheduledExecutorService watchdog;
    private final long timeoutNanos;
    private final Set<Task> reading = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Task> current = new ThreadLocal<>();

    HeadDeadline(ExecutorService workers, ScheduledExecutorService watchdog, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("time-out must be positive: " + timeout);
        this.workers = workers;
        this.watchdog = watchdog;
        this.timeoutNanos = timeout.toNanos();
        long tick = Math.max(10, Math.min(MAX_TICK_MILLIS, timeout.toMillis() / 4));
        watchdog.scheduleWithFixedDelay(this::expire, tick, tick, TimeUnit.MILLISECONDS);
    }

    @Override
    public void execute(Runnable command) {
        Task task = new Task(command, System.nanoTime() + timeoutNanos);
        reading.add(task);
        try {
            workers.execute(task);
        } catch (RuntimeException e) {
            reading.remove(task);
            throw e;
        }
    }

    /** Ends the head phase of the request the calling thread works on; runs before any handler. */
    Filter filter() {
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                Task task = current.get();
                if (task != null && !task.headRead()) {
                    exchange.close(); // too late: the watchdog is closing this connection
                    return;
                }
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return "ends the request head deadline";
            }
        };
    }

    /** Tasks still reading their head past the deadline: interrupt their threads. */
    private void expire() {
        long now = System.nanoTime();
        for (Task task : reading) {
            if (now - task.deadline >= 0) task.cancel();
        }
    }

    /** Requests whose head is being read now (for tests). */
    int reading() {
        return reading.size();
    }

    private final class Task implements Runnable {
        private static final int QUEUED = 0;
        private static final int READING = 1;
        private static final int HANDLING = 2;
        private static final int CANCELLED = 3;
        private static final int DONE = 4;

        private final Runnable command;
        private final long deadline;
        private int state = QUEUED;
        private Thread thread;

        Task(Runnable command, long deadline) {
            this.command = command;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            boolean expired;
            synchronized (this) {
                expired = state == CANCELLED;
                if (!expired) state = READING;
                thread = Thread.currentThread();
            }
            // Past its deadline before a worker was free: run it interrupted, so the exchange
            // closes the connection at its first read instead of waiting for more bytes.
            if (expired) Thread.currentThread().interrupt();
            current.set(this);
            try {
                command.run();
            } finally {
                current.remove();
                reading.remove(this);
                synchronized (this) {
                    boolean cancelled = state == CANCELLED;
                    state = DONE;
                    thread = null;
                    // The interrupt was meant for this request only; never leak it to the next one.
                    if (cancelled) Thread.interrupted();
                }
            }
        }

        /** True when the head arrived in time; from now on the deadline no longer applies. */
        synchronized boolean headRead() {
            if (state != READING) return false;
            state = HANDLING;
            reading.remove(this);
            return true;
        }

        synchronized void cancel() {
            if (state == QUEUED) {
                state = CANCELLED;
            } else if (state == READING) {
                state = CANCELLED;
                thread.interrupt();
            } else {
                reading.remove(this);
            }
        }
    }
}
