package org.relationstimeline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent events stream open tabs listen to ({@code /__rt/events}). A new listener is told
 * the current generation ({@code event: hello}); every change sends {@code event: reload} with the
 * new one. A page knows the generation it was served with, so a tab that missed an event (it was
 * loading, or the server restarted and the browser reconnected) still reloads.
 */
final class ReloadHub implements AutoCloseable {
    static final String PATH = "/__rt/events";
    /** A comment line every so often, so dead connections are noticed and proxies keep the stream open. */
    private static final long PING_MILLIS = 15_000;
    /** Put in a listener's queue to end its stream; compared by identity, never sent. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String CLOSE = new String("close");

    private final int maxListeners;
    private final Set<BlockingQueue<String>> listeners = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    ReloadHub(int maxListeners) {
        this.maxListeners = maxListeners;
    }

    int listeners() {
        return listeners.size();
    }

    /** Serves one listener until it goes away or the hub closes; holds the calling thread meanwhile. */
    void serve(HttpExchange exchange, long generation) throws IOException {
        if (closed || listeners.size() >= maxListeners) {
            exchange.getResponseHeaders().set("Retry-After", "2");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            send(out, "retry: 1000\nevent: hello\ndata: " + generation + "\n\n");
            while (!closed) {
                String event = queue.poll(PING_MILLIS, TimeUnit.MILLISECONDS);
                if (event == CLOSE) break;
                send(out, event == null ? ": ping\n\n" : event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The tab was closed or reloaded.
        } finally {
            listeners.remove(queue);
        }
    }

    /** Tells every open tab to reload to the given generation. */
    void reload(long generation) {
        String event = "event: reload\ndata: " + generation + "\n\n";
        for (BlockingQueue<String> q : listeners) q.offer(event);
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<String> q : listeners) q.offer(CLOSE);
    }
}
