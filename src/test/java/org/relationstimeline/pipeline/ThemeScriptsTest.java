package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped scripts keep to the theme contract: they find what they work on by {@code data-*}
 * attributes that the shipped templates carry, never by class or id, so a theme can rename and
 * restyle classes freely; and {@code search.js} writes no markup of its own (a result is a copy of
 * the page's {@code <template data-search-result>}, filled with text). ReaderBrowserTest checks
 * the same in a browser; this names the line at fault without one.
 */
class ThemeScriptsTest {
    static final Path TEMPLATES = Paths.get("templates");
    /** A selector given as a string literal, as the scripts write them. */
    static final Pattern SELECTOR = Pattern.compile("(?:querySelector(?:All)?|closest|matches)\\('([^']*)'");

    static final Pattern HOOK = Pattern.compile("data-[a-z]+(?:-[a-z]+)*");

    @Test
    void scriptsFindElementsByDataAttributesOnly() throws IOException {
        for (Path script : scripts()) {
            String js = Files.readString(script);
            assertThat(js)
                    .as(script.toString())
                    .doesNotContain("getElementById", "getElementsByClassName", "className", "classList");
            Matcher m = SELECTOR.matcher(js);
            while (m.find())
                assertThat(m.group(1)).as(script + ": " + m.group()).doesNotContain(".", "#");
        }
    }

    @Test
    void everyHookAScriptNamesIsInTheShippedTemplates() throws IOException {
        String templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".peb"))
                    .sorted()
                    .map(ThemeScriptsTest::read)
                    .collect(Collectors.joining("\n"));
        }
        for (Path script : scripts()) {
            Matcher m = HOOK.matcher(Files.readString(script));
            while (m.find())
                assertThat(templates).as(script + " names " + m.group()).contains(m.group());
        }
    }

    @Test
    void searchResultsAreTheTemplatesMarkupFilledWithText() throws IOException {
        String js = Files.readString(TEMPLATES.resolve("assets/search.js"));
        // The one element the script makes itself is the highlight: a <mark> around a text node.
        String withoutHighlight = js.replace("document.createElement('mark')", "");
        assertThat(withoutHighlight)
                .contains("template[data-search-result]")
                .doesNotContain(
                        "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "createElement", "DOMParser");
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES.resolve("assets"))) {
            List<Path> scripts =
                    files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
            assertThat(scripts).isNotEmpty();
            return scripts;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
