package org.relationstimeline.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens a URL in the user's browser for {@code serve --open}, with the desktop's own opener:
 * {@code open} on macOS, {@code rundll32} on Windows, {@code xdg-open} elsewhere. Nothing here
 * can fail the command: without an opener, or when it fails, a note says to open the URL by hand.
 */
final class BrowserOpener {
    private final String osName;
    private final String path;

    BrowserOpener(String osName, String path) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.path = path == null ? "" : path;
    }

    static BrowserOpener forThisComputer() {
        return new BrowserOpener(System.getProperty("os.name", ""), System.getenv("PATH"));
    }

    /** The command that opens {@code url} here, if its program is on the PATH. */
    Optional<List<String>> command(URI url) {
        List<String> command;
        if (osName.contains("mac")) command = List.of("open", url.toString());
        else if (osName.contains("win")) command = List.of("rundll32", "url.dll,FileProtocolHandler", url.toString());
        else command = List.of("xdg-open", url.toString());
        return find(command.get(0)).map(program -> {
            List<String> resolved = new java.util.ArrayList<>(command);
            resolved.set(0, program.toString());
            return List.copyOf(resolved);
        });
    }

    private Optional<Path> find(String program) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            for (String name : List.of(program, program + ".exe")) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the opener and returns at once; if it cannot start, or reports failure within a few
     * seconds, a note goes to {@code err}. True when it was started.
     */
    boolean open(URI url, PrintWriter err) {
        Optional<List<String>> command = command(url);
        if (command.isEmpty()) {
            note(
                    err,
                    url,
                    "no " + (osName.contains("mac") ? "open" : osName.contains("win") ? "rundll32" : "xdg-open")
                            + " command was found");
            return false;
        }
        Process process;
        try {
            process = new ProcessBuilder(command.get())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            note(err, url, e.getMessage());
            return false;
        }
        Thread watcher = new Thread(
                () -> {
                    try {
                        if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() != 0) {
                            note(err, url, command.get().get(0) + " exited with status " + process.exitValue());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "rt-serve-open");
        watcher.setDaemon(true);
        watcher.start();
        return true;
    }

    private static void note(PrintWriter err, URI url, String why) {
        err.println("note: could not open a browser (" + why + "); open " + url + " yourself");
        err.flush();
    }
}
