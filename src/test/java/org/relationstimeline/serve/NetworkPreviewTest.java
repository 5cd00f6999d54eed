package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.serve.PreviewFixture.RawResponse;

/** A preview listening on every interface answers requests addressed to an IP address, and still no DNS name. */
class NetworkPreviewTest {
    @TempDir
    static Path dir;

    static PreviewServer server;

    @BeforeAll
    static void start() throws Exception {
        Path project = PreviewFixture.project(dir);
        server = PreviewServer.start(
                BuildOptions.standard(project),
                BindAddress.parse("0.0.0.0").orElseThrow(),
                0,
                new PrintWriter(new StringWriter(), true));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    private static RawResponse get(String host) throws Exception {
        return PreviewFixture.rawRequest(
                server.port(), "GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    void aPhoneAddressingThisComputerByItsIpAddressIsAnswered() throws Exception {
        assertThat(server.url().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        assertThat(get("192.168.1.20:" + server.port()).status()).isEqualTo(200);
        assertThat(get("127.0.0.1:" + server.port()).status()).isEqualTo(200);
    }

    @Test
    void aRebindingNameIsStillRefused() throws Exception {
        RawResponse r = get("attacker.example:" + server.port());
        assertThat(r.status()).isEqualTo(421);
        assertThat(r.body()).contains("an IP address of this computer");
    }
}
