package org.relationstimeline.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.relationstimeline.pipeline.BuildOptions;

/**
 * The preview: builds the site into a private folder, serves it on the loopback interface (or on
 * the address given to {@code serve --bind}), rebuilds when the content, theme or config change,
 * and tells open tabs to reload.
 *
 * <p>It uses the JDK's own {@code com.sun.net.httpserver}: a preview of static files needs no more
 * than GET, HEAD and one event stream, and the JDK server adds no dependency to the jar. Each
 * request gets a thread from a pool that grows to {@link #THREADS}, so a slow client holds only
 * its own thread, and a request head (request line and headers) must arrive within
 * {@link #HEAD_TIMEOUT} of its first byte or the connection is closed ({@link HeadDeadline}), so
 * clients that trickle their headers cannot hold every thread.
 */
public final class PreviewServer implements AutoCloseable {
    static final int THREADS = 256;
    static final int MAX_RELOAD_LISTENERS = 64;
    static final Duration DEBOUNCE = Duration.ofMillis(100);
    /** How long a client may take to send its request line and headers. */
    public static final Duration HEAD_TIMEOUT = Duration.ofSeconds(10);

    private final PreviewFolder folder;
    private final HttpServer http;
    private final ExecutorService pool;
    private final ScheduledExecutorService watchdog;
    private final PreviewBuilder builder;
    private final ReloadHub hub;
    private SourceWatcher watcher;
    private final ExecutorService rebuilds;
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private final PrintWriter log;
    private final BindAddress bind;

    private PreviewServer(
            PreviewFolder folder,
            HttpServer http,
            ExecutorService pool,
            ScheduledExecutorService watchdog,
            PreviewBuilder builder,
            ReloadHub hub,
            ExecutorService rebuilds,
            PrintWriter log,
            BindAddress bind) {
        this.folder = folder;
        this.http = http;
        this.pool = pool;
        this.watchdog = watchdog;
        this.builder = builder;
        this.hub = hub;
        this.rebuilds = rebuilds;
        this.log = log;
        this.bind = bind;
    }

    /**
     * Binds 127.0.0.1:{@code port} (0 picks a free port), builds once, then serves and watches.
     *
     * @param project the build options; the output folder is replaced by the private preview folder
     *     and the base URL by the server's own address
     * @throws java.net.BindException when the port is taken
     */
    private static java.nio.file.Path resolved(java.nio.file.Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    public static PreviewServer start(BuildOptions project, int port, PrintWriter log) throws IOException {
        return start(project, BindAddress.LOOPBACK, port, log, HEAD_TIMEOUT);
    }

    /** As {@link #start(BuildOptions, int, PrintWriter)}, listening on {@code bind} (loopback, one address or all). */
    public static PreviewServer start(BuildOptions project, BindAddress bind, int port, PrintWriter log)
            throws IOException {
        return start(project, bind, port, log, HEAD_TIMEOUT);
    }

    /**
     * As {@link #start(BuildOptions, int, PrintWriter)}, with the time a client may take to send
     * its request head, counted from its first byte; a client still sending then is disconnected.
     */
    public static PreviewServer start(BuildOptions project, int port, PrintWriter log, Duration headTimeout)
            throws IOException {
        return start(project, BindAddress.LOOPBACK, port, log, headTimeout);
    }

    private static PreviewServer start(
            BuildOptions project, BindAddress bind, int port, PrintWriter log, Duration headTimeout)
            throws IOException {
        if (headTimeout.isNegative() || headTimeout.isZero())
            throw new IllegalArgumentException("head time-out must be positive");
        PreviewFolder folder = PreviewFolder.open(project.project());
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(bind.address(), port), 512);
        } catch (IOException e) {
            folder.close();
            throw e;
        }
        int bound = http.getAddress().getPort();
        BuildOptions options =
                project.withOut(folder.site()).withBaseUrl(bind.localUrl(bound).toString());
        PreviewBuilder builder = new PreviewBuilder(options, log);
        ReloadHub hub = new ReloadHub(MAX_RELOAD_LISTENERS);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads("rt-serve-http"));
        pool.allowCoreThreadTimeOut(true);
        ScheduledExecutorService watchdog =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(daemonThreads("rt-serve-deadline"));
        HeadDeadline deadline = new HeadDeadline(pool, watchdog, headTimeout);
        ExecutorService rebuilds =
                java.util.concurrent.Executors.newSingleThreadExecutor(daemonThreads("rt-serve-build"));
        PreviewServer server = new PreviewServer(folder, http, pool, watchdog, builder, hub, rebuilds, log, bind);
        try {
            if (folder.isTemporary())
                log.println("another preview of this project is running; building into a temporary folder");
            builder.rebuild();
            http.setExecutor(deadline);
            http.createContext("/", new SiteHandler(builder, hub, AllowedHosts.of(bind)))
                    .getFilters()
                    .add(deadline.filter());
            // A theme folder given as a link is watched where it points, as the build reads it. A
            // missing one is watched too, so creating it adds its overrides; the default theme is
            // inside the generator and cannot change while it runs.
            server.watcher = new SourceWatcher(
                    List.of(options.content(), resolved(options.templates())),
                    List.of(options.configFile()),
                    DEBOUNCE,
                    server::requestRebuild);
            server.watcher.start();
            http.start();
            return server;
        } catch (IOException | RuntimeException e) {
            if (server.watcher != null) server.watcher.close();
            pool.shutdownNow();
            watchdog.shutdownNow();
            rebuilds.shutdownNow();
            folder.close();
            throw e;
        }
    }

    /** Queues a rebuild unless one is already waiting to start; open tabs reload when it changes the site. */
    public void requestRebuild() {
        if (!rebuildQueued.compareAndSet(false, true)) return;
        try {
            rebuilds.execute(() -> {
                rebuildQueued.set(false);
                long before = builder.state().generation();
                try {
                    PreviewBuilder.State after = builder.rebuild();
                    if (after.generation() != before) hub.reload(after.generation());
                } catch (RuntimeException e) {
                    log.println("rebuild failed: " + e);
                    log.flush();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            rebuildQueued.set(false); // closing
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/}, or the one address given to listen on. */
    public URI url() {
        return bind.localUrl(port());
    }

    /** The addresses other devices on the network may open; none on loopback. */
    public java.util.List<URI> networkUrls() {
        return bind.networkUrls(port());
    }

    public PreviewBuilder builder() {
        return builder;
    }

    /** Where the preview site is built. */
    public Path siteFolder() {
        return folder.site();
    }

    int reloadListeners() {
        return hub.listeners();
    }

    /** Stops watching and serving, ends open event streams, and releases the preview folder. */
    @Override
    public void close() throws IOException {
        try {
            if (watcher != null) watcher.close();
        } finally {
            hub.close();
            http.stop(0);
            watchdog.shutdownNow();
            pool.shutdownNow();
            rebuilds.shutdownNow();
            try {
                rebuilds.awaitTermination(30, TimeUnit.SECONDS);
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            folder.close();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
