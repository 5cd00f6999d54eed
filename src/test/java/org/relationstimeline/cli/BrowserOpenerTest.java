package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --open: the desktop's opener when there is one, a note and no failure when there is none. */
class BrowserOpenerTest {
    static final URI URL = URI.create("http://127.0.0.1:8080/");

    @TempDir
    Path dir;

    private Path fakeOpener(String name, String script) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void eachSystemHasItsOpener() throws IOException {
        fakeOpener("xdg-open", "true");
        fakeOpener("open", "true");
        fakeOpener("rundll32", "true");
        String path = dir.toString();
        assertThat(new BrowserOpener("Linux", path).command(URL))
                .contains(List.of(dir.resolve("xdg-open").toString(), URL.toString()));
        assertThat(new BrowserOpener("Mac OS X", path).command(URL))
                .contains(List.of(dir.resolve("open").toString(), URL.toString()));
        assertThat(new BrowserOpener("Windows 11", path).command(URL))
                .contains(List.of(dir.resolve("rundll32").toString(), "url.dll,FileProtocolHandler", URL.toString()));
    }

    @Test
    void theOpenerIsGivenTheUrl() throws Exception {
        Path seen = dir.resolve("seen.txt");
        // Written aside and moved into place: the shell creates the file before printf fills it,
        // so a test that waits for the file alone could read it empty.
        fakeOpener("xdg-open", "printf '%s' \"$1\" > '" + seen + ".part' && mv '" + seen + ".part' '" + seen + "'");
        StringWriter err = new StringWriter();
        assertThat(new BrowserOpener("Linux", "/nonexistent:" + dir).open(URL, new PrintWriter(err, true)))
                .isTrue();
        for (int i = 0; i < 100 && !Files.exists(seen); i++) Thread.sleep(50);
        assertThat(Files.readString(seen)).isEqualTo(URL.toString());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutAnOpenerANoteSaysToOpenTheUrlByHand() {
        StringWriter err = new StringWriter();
        assertThat(new BrowserOpener("Linux", dir.toString()).open(URL, new PrintWriter(err, true)))
                .isFalse();
        assertThat(err.toString())
                .isEqualTo("note: could not open a browser (no xdg-open command was found); open " + URL + " yourself"
                        + System.lineSeparator());
        assertThat(new BrowserOpener("Linux", null).command(URL)).isEmpty();
    }

    @Test
    void anOpenerThatFailsIsReportedNotFatal() throws Exception {
        fakeOpener("xdg-open", "exit 3");
        StringWriter err = new StringWriter();
        assertThat(new BrowserOpener("Linux", dir.toString()).open(URL, new PrintWriter(err, true)))
                .isTrue();
        for (int i = 0; i < 100 && err.toString().isEmpty(); i++) Thread.sleep(50);
        assertThat(err.toString()).contains("exited with status 3").contains("open " + URL + " yourself");
    }
}
