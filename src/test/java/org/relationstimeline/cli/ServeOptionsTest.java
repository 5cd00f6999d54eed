package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** serve's --bind and --open as the command line reads them (the server itself: NetworkPreviewTest). */
class ServeOptionsTest {
    @Test
    void theHelpDescribesBindAndOpen() {
        EditorCli.Run run = EditorCli.run("serve", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains(
                        "--bind=ADDR",
                        "default: 127.0.0.1, this",
                        "0.0.0.0 or ::",
                        "warning says so",
                        "--open",
                        "serve --bind 0.0.0.0",
                        "serve --open");
    }

    @Test
    void aBindThatIsNotAnIpAddressIsAUsageErrorBeforeAnythingStarts() {
        EditorCli.Run run = EditorCli.run("serve", "--bind", "example.org", "--content", "/nonexistent");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("--bind takes an IP address of this computer, such as 127.0.0.1, 0.0.0.0 or"
                        + " 192.168.1.20, not 'example.org'");
    }
}
