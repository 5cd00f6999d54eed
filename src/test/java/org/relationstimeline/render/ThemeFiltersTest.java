package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The count and plural filters, through a real Pebble engine as templates use them. */
class ThemeFiltersTest {
    private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
            .loader(new StringLoader())
            .extension(new ThemeFilters())
            .strictVariables(true)
            .build();

    private static String render(String template, Map<String, Object> vars) throws IOException {
        StringWriter out = new StringWriter();
        ENGINE.getTemplate(template).evaluate(out, vars);
        return out.toString();
    }

    @Test
    void countsNumbersWithTheRightWord() throws IOException {
        assertThat(render("{{ n | count(\"event\") }}", Map.of("n", 1))).isEqualTo("1 event");
        assertThat(render("{{ n | count(\"event\") }}", Map.of("n", 0))).isEqualTo("0 events");
        assertThat(render("{{ n | count(\"event\") }}", Map.of("n", 12L))).isEqualTo("12 events");
    }

    @Test
    void countsListsAndMapsByTheirSize() throws IOException {
        assertThat(render("{{ xs | count(\"partner\") }}", Map.of("xs", List.of("a"))))
                .isEqualTo("1 partner");
        assertThat(render("{{ xs | count(\"partner\") }}", Map.of("xs", Map.of("a", 1, "b", 2))))
                .isEqualTo("2 partners");
    }

    @Test
    void takesAPluralThatIsNotTheWordPlusS() throws IOException {
        assertThat(render("{{ n | count(\"party\", \"parties\") }}", Map.of("n", 3)))
                .isEqualTo("3 parties");
        assertThat(render("{{ xs | plural(\"Party\", \"Parties\") }}", Map.of("xs", List.of(1))))
                .isEqualTo("Party");
        assertThat(render("{{ n | plural(\"another state\", \"other states\") }}", Map.of("n", 2)))
                .isEqualTo("other states");
    }

    @Test
    void pluralGivesTheWordAlone() throws IOException {
        assertThat(render("{{ n | plural(\"event\") }}", Map.of("n", 1))).isEqualTo("event");
        assertThat(render("{{ n | plural(\"event\") }}", Map.of("n", 5))).isEqualTo("events");
    }

    @Test
    void somethingThatIsNotACountIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> render("\n{{ s | count(\"event\") }}", Map.of("s", "three")))
                .isInstanceOf(PebbleException.class)
                .hasMessageContaining("counts a number or a list, not String")
                .satisfies(
                        e -> assertThat(((PebbleException) e).getLineNumber()).isEqualTo(2));
        assertThatThrownBy(() -> render("{{ n | count }}", Map.of("n", 3)))
                .hasMessageContaining("needs the singular word");
    }
}
