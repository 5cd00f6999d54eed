package org.relationstimeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.relationstimeline.serve.BindAddress;
import org.relationstimeline.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: a live preview while writing. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Preview the site in your browser while you write.",
            "",
            "Builds the site into a private folder (.rt-cache/serve/site, never site/)",
            "and serves it at http://127.0.0.1:PORT/ (reachable from this computer only;",
            "--bind makes it reachable from your phone or other devices on the network).",
            "It watches content/, templates/ and site.yaml: every time you save, it",
            "rebuilds the pages that changed, and open tabs reload by themselves.",
            "templates/ need not exist (the default theme is used); once made, each file",
            "saved there overrides the default theme's file of the same path.",
            "If a save leaves an error in the content, the last good pages stay up with",
            "a red panel listing the errors as file:line:column: message; fix and save,",
            "and the panel goes away. Stop the server with Ctrl+C.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  serve                  then open http://127.0.0.1:8080/",
            "  serve --drafts         include entries marked 'draft: true'",
            "  serve --port 0         any free port (the address is printed)",
            "  serve --open           and open it in your browser",
            "  serve --bind 0.0.0.0   on every network interface, to open it on a phone;",
            "                         the addresses to use there are printed",
            "",
            "Exit codes: 0 stopped with Ctrl+C, 1 could not start (e.g. port taken),",
            "2 usage errors."
        })
final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "port to serve on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "IP address to listen on (default: ${DEFAULT-VALUE}, this computer only); 0.0.0.0 or :: "
                    + "listens on every interface. Others on the network can then read the preview: a warning says so")
    String bind;

    @Option(
            names = "--open",
            description = "open the preview in your browser (xdg-open, open or rundll32); "
                    + "if none is found, a note says so and the preview runs anyway")
    boolean open;

    /** Opens the browser; tests replace it. */
    BrowserOpener opener = BrowserOpener.forThisComputer();

    @Mixin
    ProjectOptions project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        BindAddress address = BindAddress.parse(bind)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--bind takes an IP address of this computer, such as 127.0.0.1, 0.0.0.0 or 192.168.1.20, not '"
                                + bind + "'"));
        // A client that never finishes sending its request must not hold a thread forever.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null)
            System.setProperty("sun.net.httpserver.maxReqTime", "60");
        PreviewServer server;
        try {
            server = PreviewServer.start(project.toBuildOptions(java.nio.file.Path.of("site")), address, port, out);
        } catch (BindException e) {
            err.println("cannot serve on " + address + " port " + port + ": " + e.getMessage() + "; try --port "
                    + (port + 1)
                    + ", or --port 0 for any free port"
                    + (address.isLoopback() ? "" : ", and check that " + address + " is an address of this computer"));
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("cannot start the preview server: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.println("serving " + server.url() + "  (press Ctrl+C to stop)");
        for (java.net.URI other : server.networkUrls()) out.println("on another device: " + other);
        out.println("watching " + project.content + "/, " + project.templatesFolder() + "/ and " + project.config);
        if (!Files.exists(project.templatesFolder())) {
            out.println("no " + project.templatesFolder()
                    + "/ yet: the default theme is used; files saved there override it");
        }
        out.flush();
        address.warning().ifPresent(w -> {
            err.println(w);
            err.flush();
        });
        if (open) opener.open(server.url(), err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                server.close();
                            } catch (IOException ignored) {
                                // exiting anyway
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "rt-serve-stop"));
        stopped.await();
        return 0;
    }
}
