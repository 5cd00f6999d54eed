package org.relationstimeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void compactOutputIsWhatJsonWritesForTheSameValues() {
        JsonWriter w = new JsonWriter()
                .beginObject()
                .name("a")
                .value(1)
                .name("b")
                .beginArray()
                .value("x")
                .value(-2)
                .beginArray()
                .end()
                .end()
                .name("c")
                .beginObject()
                .end()
                .end();
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("a", 1);
        same.put("b", List.of("x", -2, List.of()));
        same.put("c", Map.of());
        assertThat(w.toString()).isEqualTo(Json.compact(same)).isEqualTo("{\"a\":1,\"b\":[\"x\",-2,[]],\"c\":{}}");
    }

    @Test
    void aWholeValueIsWrittenAsJsonCompactWritesIt() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("folds", List.of(List.of("ß", "ss")));
        rules.put("max", 32);
        assertThat(new JsonWriter()
                        .beginObject()
                        .name("query")
                        .value((Object) rules)
                        .name("n")
                        .value(1)
                        .end()
                        .toString())
                .isEqualTo("{\"query\":" + Json.compact(rules) + ",\"n\":1}");
    }

    @Test
    void aLinePerItemContainerBreaksTheLineBetweenItemsOnly() {
        String text = new JsonWriter()
                .beginObject(JsonWriter.Layout.LINE_PER_ITEM)
                .name("n")
                .value(1)
                .name("list")
                .beginArray(JsonWriter.Layout.LINE_PER_ITEM)
                .beginArray()
                .value(1)
                .value(2)
                .end()
                .beginArray()
                .value(3)
                .end()
                .end()
                .end()
                .toString();
        assertThat(text).isEqualTo("{\"n\":1,\n\"list\":[[1,2],\n[3]]}");
    }

    @Test
    void stringsAreEscapedAsJsonEscapesThem() {
        String hostile = "</script><!-- \"\\ \u2028 \ud800 \u0001";
        assertThat(new JsonWriter().beginArray().value(hostile).end().toString())
                .isEqualTo("[" + Json.quote(hostile) + "]")
                .doesNotContain("<", "\ud800");
    }

    @Test
    void aRewindTakesBackTheItemsAfterTheMark() {
        JsonWriter w = new JsonWriter().beginObject().name("kept").value("é");
        JsonWriter.Mark mark = w.mark();
        w.name("dropped").beginArray().value("🇩🇿").end();
        assertThat(w.utf8BytesSince(mark))
                .isEqualTo(",\"dropped\":[\"🇩🇿\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        w.rewind(mark).name("next").value(2).end();
        assertThat(w.toString()).isEqualTo("{\"kept\":\"é\",\"next\":2}");
        assertThat(mark.items()).isEqualTo(1);
    }

    @Test
    void misuseIsRefused() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().value(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginArray().name("a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().name("a").end())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().end()).isInstanceOf(IllegalStateException.class);
        JsonWriter w = new JsonWriter().beginArray();
        JsonWriter.Mark outer = w.mark();
        w.beginArray();
        assertThatThrownBy(() -> w.rewind(outer)).isInstanceOf(IllegalStateException.class);
    }
}
