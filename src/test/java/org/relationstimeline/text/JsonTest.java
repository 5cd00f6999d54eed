package org.relationstimeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static String roundTrip(String json) {
        return JsonParser.parseString(json).getAsJsonObject().get("t").getAsString();
    }

    @Test
    void scriptEndTagInAStringCannotCloseTheScriptElement() {
        String hostile = "</script><script>alert(1)</script>";
        String json = Json.compact(Map.of("t", hostile));
        assertThat(json).doesNotContain("<").doesNotContain(">").contains("\\u003c/script\\u003e");
        assertThat(roundTrip(json)).isEqualTo(hostile);
    }

    @Test
    void htmlCommentOpenerAndAmpersandAreEscaped() {
        String json = Json.compact(Map.of("t", "<!-- a && b -->"));
        assertThat(json).doesNotContain("<!--").doesNotContain("&").doesNotContain("-->");
        assertThat(roundTrip(json)).isEqualTo("<!-- a && b -->");
    }

    @Test
    void lineSeparatorsQuotesBackslashesAndControlsAreEscaped() {
        String text = "a\u2028b\u2029c \"q\" \\ \n\t\u0001";
        String json = Json.compact(Map.of("t", text));
        assertThat(json)
                .doesNotContain("\u2028")
                .doesNotContain("\u2029")
                .doesNotContain("\n")
                .contains("\\u0001");
        assertThat(roundTrip(json)).isEqualTo(text);
    }

    @Test
    void nonAsciiTextAndSurrogatePairsAreWrittenAsTheyAre() {
        String text = "Algérie – Россия – 🇩🇿";
        assertThat(Json.compact(Map.of("t", text))).contains(text);
        assertThat(roundTrip(Json.compact(Map.of("t", text)))).isEqualTo(text);
    }

    @Test
    void anUnpairedSurrogateIsEscapedSoTheOutputStaysValidUtf8() {
        String json = Json.compact(Map.of("t", "x\ud800y"));
        assertThat(json).contains("\\ud800");
    }

    @Test
    void keysKeepTheOrderOfTheMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", List.of(true, "s"));
        m.put("m", null);
        assertThat(Json.compact(m)).isEqualTo("{\"z\":1,\"a\":[true,\"s\"],\"m\":null}");
    }

    @Test
    void prettyOutputIsIndentedByTwoSpacesAndEndsWithANewline() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1, 2));
        m.put("b", Map.of());
        assertThat(Json.pretty(m)).isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}\n");
    }

    @Test
    void prettyToALevelWritesDeeperValuesOnOneLine() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("count", 2);
        doc.put("entries", List.of(Map.of("a", List.of(1)), Map.of("b", "<")));
        assertThat(Json.pretty(doc, 2))
                .isEqualTo("{\n  \"count\": 2,\n  \"entries\": [\n    {\"a\":[1]},\n    {\"b\":\"\\u003c\"}\n  ]\n}\n");
    }

    @Test
    void floatingPointIsRefusedBecauseItHasSeveralSpellings() {
        assertThatThrownBy(() -> Json.compact(List.of(1.5))).isInstanceOf(IllegalArgumentException.class);
    }
}
