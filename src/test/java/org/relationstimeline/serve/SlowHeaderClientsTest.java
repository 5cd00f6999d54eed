package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.testing.Slow;

/**
 * Clients that send their request head a byte at a time (slowloris) are disconnected once the
 * head time-out has passed, so they cannot hold every worker; ordinary requests are still
 * answered meanwhile, and a response that takes long (the event stream) is not cut.
 */
@Slow // waits out the head time-out, with 300 stalling clients
class SlowHeaderClientsTest {
    static final int SLOW_CLIENTS = 300;
    static final Duration HEAD_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path tmp;

    private PreviewServer server;
    private final List<Socket> sockets = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeEach
    void start() throws IOException {
        Path project = PreviewFixture.project(tmp.resolve("project"));
        server = PreviewServer.start(
                BuildOptions.standard(project), 0, new PrintWriter(new StringWriter(), true), HEAD_TIMEOUT);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) s.close();
        if (server != null) server.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        sockets.add(s);
        s.setSoTimeout(20_000);
        return s;
    }

    /** True when the server closed the connection: end of stream or a reset, before the read time-out. */
    private static boolean closedByServer(Socket s) throws IOException {
        try {
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[4096];
            for (int i = 0; i < 1000; i++) {
                if (in.read(buffer) < 0) return true;
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    @Test
    void threeHundredClientsStallingInTheirHeadsDoNotBlockOthersAndAreDisconnected() throws Exception {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            OutputStream out = connect().getOutputStream();
            out.write('G');
            out.flush();
        }
        HttpRequest normal = HttpRequest.newBuilder(server.url())
                .timeout(Duration.ofSeconds(15))
                .build();
        HttpResponse<String> r = http.send(normal, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("</html>");
        for (int i = 0; i < sockets.size(); i++) {
            assertThat(closedByServer(sockets.get(i)))
                    .as("slow client " + i + " was disconnected")
                    .isTrue();
        }
    }

    @Test
    void aClientTricklingItsHeadIsCutOffAlthoughItKeepsSending() throws Exception {
        Socket s = connect();
        OutputStream out = s.getOutputStream();
        byte[] head =
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                        .getBytes(StandardCharsets.US_ASCII);
        boolean cutOff = false;
        for (int i = 0; i < head.length && !cutOff; i++) {
            try {
                out.write(head[i]);
                out.flush();
            } catch (IOException e) {
                cutOff = true;
                break;
            }
            Thread.sleep(100);
            if (s.getInputStream().available() > 0) break; // the server answered: no time-out at all
        }
        // Either writing failed already, or the server ended the connection without an answer.
        assertThat(cutOff || closedByServer(s)).isTrue();
    }

    @Test
    void aLongResponseIsNotCutByTheHeadTimeout() throws Exception {
        try (PreviewFixture.EventStream events = new PreviewFixture.EventStream(server.port())) {
            assertThat(events.next("hello", 10)).isNotNull();
            Thread.sleep(HEAD_TIMEOUT.toMillis() * 3);
            assertThat(server.reloadListeners())
                    .as("the event stream is still open")
                    .isEqualTo(1);
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(server.url().resolve("/assets/style.css"))
                            .timeout(Duration.ofSeconds(15))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }
}
