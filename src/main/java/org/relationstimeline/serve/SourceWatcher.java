package org.relationstimeline.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches source folders (recursively) and single files with the JDK's {@link WatchService}, and
 * calls back once per burst of changes: an editor's save is often several events (write a temporary
 * file, rename, touch), so events are collected until none has come for the debounce interval.
 *
 * <p>The parent of every watched folder and file is watched too, so a folder that is deleted and
 * created again (a {@code git checkout}, a restore from backup) is registered again. New
 * sub-folders are registered as they appear.
 */
final class SourceWatcher implements AutoCloseable {
    private final List<Path> folders;
    private final List<Path> files;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Set<Path> watched = new HashSet<>();
    private final Thread thread;
    private volatile boolean closed;

    SourceWatcher(List<Path> folders, List<Path> files, Duration debounce, Runnable onChange) throws IOException {
        this.folders = folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.files = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.debounce = debounce;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::loop, "rt-serve-watcher");
        this.thread.setDaemon(true);
        register();
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (!closed) {
                WatchKey key = service.poll(250, TimeUnit.MILLISECONDS);
                if (key == null) continue;
                boolean relevant = drain(key);
                // Collect the rest of the burst: stop once no event has come for the debounce interval.
                WatchKey next;
                while ((next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(next);
                }
                register();
                if (relevant && !closed) onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    /** Reads a key's events; true when one of them may change the site. */
    private boolean drain(WatchKey key) {
        Path dir = keys.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            relevant |= matters(changed);
        }
        if (!key.reset()) {
            keys.remove(key);
            if (dir != null) watched.remove(dir);
        }
        return relevant;
    }

    /** Inside a watched folder, or one of the watched files or folders themselves. */
    private boolean matters(Path changed) {
        for (Path f : folders) if (changed.startsWith(f)) return true;
        return files.contains(changed);
    }

    /** Registers every folder that exists now and is not yet watched; forgets folders that are gone. */
    private synchronized void register() {
        keys.entrySet().removeIf(e -> {
            if (e.getKey().isValid()) return false;
            watched.remove(e.getValue());
            return true;
        });
        Set<Path> parents = new HashSet<>();
        for (Path f : folders) if (f.getParent() != null) parents.add(f.getParent());
        for (Path f : files) if (f.getParent() != null) parents.add(f.getParent());
        for (Path parent : parents) watch(parent);
        for (Path root : folders) {
            if (!Files.isDirectory(root)) continue;
            List<Path> dirs = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isDirectory).forEach(dirs::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // A folder vanished while we walked; the events of its removal bring us back here.
            }
            dirs.forEach(this::watch);
        }
    }

    private void watch(Path dir) {
        if (watched.contains(dir) || !Files.isDirectory(dir)) return;
        try {
            keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
            watched.add(dir);
        } catch (IOException | ClosedWatchServiceException e) {
            // Gone again, or closing; the next burst registers what exists then.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        service.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
