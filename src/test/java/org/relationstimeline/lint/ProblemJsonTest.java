package org.relationstimeline.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relationstimeline.problems.Problem;
import org.yaml.snakeyaml.Yaml;

class ProblemJsonTest {
    @Test
    void anEmptyListIsAnEmptyArray() {
        assertThat(ProblemJson.write(List.of())).isEqualTo("[]");
    }

    @Test
    void stringsAreEscapedAndReadBackExactly() {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 line-sep \u2028 unicode é 🌍";
        Problem p = Problem.error("dir/\"x\".md", 3, 7, "bad-url", nasty, "hint");

        String json = ProblemJson.write(List.of(p));

        assertThat(json)
                .doesNotContain("\n tab")
                .contains("\\u0007")
                .contains("\\u2028")
                .contains("\\\"x\\\"");
        @SuppressWarnings("unchecked")
        Map<String, Object> back = ((List<Map<String, Object>>) new Yaml().load(json)).get(0);
        assertThat(back)
                .containsEntry("file", "dir/\"x\".md")
                .containsEntry("line", 3)
                .containsEntry("column", 7)
                .containsEntry("severity", "error")
                .containsEntry("code", "bad-url")
                .containsEntry("message", nasty)
                .containsEntry("hint", "hint");
    }
}
