package org.relationstimeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Block YAML whose every string reads back exactly as written, whatever it holds. */
class YamlDocumentTest {
    private static Object load(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    @Test
    void nestedMapsAndListsAreWrittenInBlockStyle() {
        Map<String, Object> doc = map(
                "backend",
                map("name", "github", "repo", "a/b"),
                "collections",
                List.of(map(
                        "name",
                        "entries",
                        "create",
                        true,
                        "max",
                        30,
                        "fields",
                        List.of(map("name", "title"), map("name", "countries", "options", List.of("DZ", "RU"))),
                        "pattern",
                        List.of("^x$", "message"))),
                "empty_list",
                List.of(),
                "empty_map",
                Map.of());
        String yaml = YamlDocument.write(doc);
        assertThat(yaml).isEqualTo("""
                backend:
                  name: "github"
                  repo: "a/b"
                collections:
                  - name: "entries"
                    create: true
                    max: 30
                    fields:
                      - name: "title"
                      - name: "countries"
                        options:
                          - "DZ"
                          - "RU"
                    pattern:
                      - "^x$"
                      - "message"
                empty_list: []
                empty_map: {}
                """);
        assertThat(load(yaml)).isEqualTo(doc);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NO",
                "yes",
                "off",
                "~",
                "null",
                "",
                "0o17",
                "0x1F",
                "1e3",
                ".inf",
                "2023-08-01",
                "12:30",
                "- item",
                "key: value",
                "# comment",
                "&anchor",
                "*alias",
                "!!str",
                "[a, b]",
                "{a: b}",
                "|",
                ">",
                "'single'",
                "\"double\"",
                "back\\slash",
                "%TAG",
                "@at",
                "`tick",
                "a: b # c",
                "tab\there",
                "line\nbreak",
                "cr\rlf",
                "nul\u0000",
                "esc\u001b[31m",
                "del\u007f",
                "nel\u0085",
                "ls\u2028ps\u2029",
                "\ufeffbom",
                "  leading and trailing  ",
                "--- ",
                "...",
                "emoji \ud83c\udf0d",
                "<script>alert(1)</script>",
                "\"]: x # <b>NO</b>"
            })
    void everyStringReadsBackAsWrittenAndStaysOnItsLine(String hostile) {
        Map<String, Object> doc = map("label", hostile, "options", List.of(map("label", hostile, "value", hostile)));
        String yaml = YamlDocument.write(doc);
        assertThat(load(yaml)).isEqualTo(doc);
        assertThat(yaml.lines()).hasSize(4).allSatisfy(line -> assertThat(line).matches("[ -]*[a-z]+:( \".*\")?"));
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertThat(load(YamlDocument.write(map("a", "x\ud800y")))).isEqualTo(map("a", "x\ufffdy"));
    }

    @Test
    void keysMustBePlainIdentifiersAndValuesOfKnownTypes() {
        assertThatThrownBy(() -> YamlDocument.write(map("bad key", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YamlDocument.write(map("a", map("x: y", "z"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YamlDocument.write(map("a", 1.5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YamlDocument.write(map("a", null))).isInstanceOf(IllegalArgumentException.class);
    }
}
