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
    void aStreamedDocumentIsTheSameTextHandedOnBetweenItemsOfAList() throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("count", 3000);
        doc.put(
                "entries",
                java.util.stream.IntStream.range(0, 3000)
                        .mapToObj(i -> Json.written(Map.of("title", "entry " + i + " <b>")))
                        .toList());
        List<Integer> handed = new java.util.ArrayList<>();
        java.io.StringWriter text = new java.io.StringWriter() {
            @Override
            public java.io.StringWriter append(CharSequence csq) {
                handed.add(csq.length());
                return super.append(csq);
            }
        };
        Json.pretty(doc, 2, text);
        assertThat(text.toString()).isEqualTo(Json.pretty(doc, 2));
        assertThat(handed)
                .as("handed on in pieces, none much larger than the flush size")
                .hasSizeGreaterThan(1);
        assertThat(handed).allMatch(n -> n < Json.FLUSH_AT + 100);
    }

    @Test
    void aStreamedDocumentReportsTheWritersFailure() {
        java.io.Writer failing = new java.io.Writer() {
            @Override
            public void write(char[] b, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        List<String> many = java.util.Collections.nCopies(20_000, "0123456789");
        assertThatThrownBy(() -> Json.pretty(Map.of("a", many), 2, failing))
                .isInstanceOf(java.io.IOException.class)
                .hasMessage("disk full");
    }

    @Test
    void floatingPointIsRefusedBecauseItHasSeveralSpellings() {
        assertThatThrownBy(() -> Json.compact(List.of(1.5))).isInstanceOf(IllegalArgumentException.class);
    }
}
