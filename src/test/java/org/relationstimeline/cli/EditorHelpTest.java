package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A newcomer should be able to start from --help alone. */
class EditorHelpTest {
    @Test
    void topLevelHelpListsTheEditorCommands() {
        EditorCli.Run run = EditorCli.run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("serve")
                .contains("new")
                .contains("import")
                .contains("help COMMAND");
        assertThat(run.out().lines()).allMatch(l -> l.length() <= 80);
    }

    @Test
    void serveHelpSaysWhereItServesWhatItWatchesAndHowToStop() {
        EditorCli.Run run = EditorCli.run("serve", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("http://127.0.0.1:PORT/")
                .contains("never site/")
                .contains("--port")
                .contains("--drafts")
                .contains("content/, templates/ and site.yaml")
                .contains("file:line:column")
                .contains("Ctrl+C")
                .contains("Examples:");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"serve", "new", "import", "check"})
    void helpFitsATerminalWithoutWrapping(String command) {
        EditorCli.Run run = EditorCli.run(command, "--help");
        assertThat(run.out().lines())
                .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    }

    @Test
    void aBadPortIsAUsageError() {
        EditorCli.Run run = EditorCli.run("serve", "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--port must be between 0 and 65535");
    }
}
