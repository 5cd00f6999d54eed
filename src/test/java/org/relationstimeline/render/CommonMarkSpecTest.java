package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 652 examples of the CommonMark 0.31.2 spec, each rendered as an entry body (parsed,
 * headings demoted, sanitised) and compared with the spec's HTML after normalisation: whitespace
 * between tags, attribute order, the ids the renderer gives headings, and heading levels taken by
 * rank (so demoting every heading by one passes, merging two levels does not). Raw HTML, which the
 * sanitiser removes by design, is the expected loss; the figures go to
 * {@code target/commonmark-spec.txt}.
 */
class CommonMarkSpecTest {
    private static final Path SPEC = Path.of("src/test/resources/commonmark/spec-0.31.2.txt");
    private static final String FENCE = "````````````````````````````````";

    record Example(int number, String section, String markdown, String html) {}

    static List<Example> examples;
    static Map<Integer, Example> failures = new TreeMap<>();
    static Map<Integer, String> rendered = new TreeMap<>();

    @BeforeAll
    static void renderEveryExample() throws IOException {
        examples = read(Files.readAllLines(SPEC));
        MarkdownRenderer renderer = new MarkdownRenderer(false);
        for (Example e : examples) {
            String actual;
            try {
                actual = renderer.render(e.markdown());
            } catch (RuntimeException ex) {
                actual = "refused: " + ex.getMessage();
            }
            if (!normalise(actual).equals(normalise(e.html()))) {
                failures.put(e.number(), e);
                rendered.put(e.number(), actual);
            }
        }
        writeReport();
    }

    @Test
    void theSpecHasItsSixHundredAndFiftyTwoExamples() {
        assertThat(examples).hasSize(652);
    }

    @Test
    void allButRawHtmlAndAFewParserDifferencesPass() {
        List<String> lost = failures.values().stream()
                .filter(e -> !e.section().equals("HTML blocks") && !e.section().equals("Raw HTML"))
                .map(e -> e.number() + " (" + e.section() + ")")
                .toList();
        assertThat(examples.size() - failures.size())
                .as("examples passed; lost: %s", lost)
                .isGreaterThanOrEqualTo(PASSING_AT_LEAST);
    }

    /**
     * The figure this renderer reaches (478 before site paths, titles and code classes survived
     * cleaning, 591 before relative images and site paths with backslashes or blanks did); a
     * change that loses examples fails here. The rest, 48: raw HTML the sanitiser removes by
     * design (19: 17 in "HTML blocks" and "Raw HTML", and 524, 536); schemes other than http(s) and
     * mailto (596, 598, 599, 601) and a relative address holding a colon (500), refused by design;
     * GFM's bare autolinks, on by design (602, 606, 608, 611, 612); a body using all six heading
     * levels, whose sixth is written as a level-7 heading paragraph rather than merged into h6
     * (62); and Flexmark's own readings of 18 edge cases (28, 146, 195, 201, 215, 216, 312, 313,
     * 354, 416, 417, 489, 491, 493, 494, 540, and the comments of 625, 626).
     */
    static final int PASSING_AT_LEAST = 604;

    private static List<Example> read(List<String> lines) {
        List<Example> out = new ArrayList<>();
        String section = "";
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("#") && !line.startsWith("#!")) section = line.replaceFirst("^#+\\s*", "");
            if (line.startsWith(FENCE + " example")) {
                StringBuilder md = new StringBuilder();
                StringBuilder html = new StringBuilder();
                StringBuilder current = md;
                for (i++; !lines.get(i).equals(FENCE); i++) {
                    if (lines.get(i).equals(".")) {
                        current = html;
                        continue;
                    }
                    current.append(lines.get(i).replace('\u2192', '\t')).append('\n');
                }
                out.add(new Example(out.size() + 1, section, md.toString(), html.toString()));
            }
            i++;
        }
        return out;
    }

    /** A canonical text of an HTML fragment, equal for documents a reader could not tell apart. */
    static String normalise(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        rankHeadings(body);
        StringBuilder out = new StringBuilder();
        for (Node child : body.childNodes()) write(child, out, false);
        return out.toString().replaceAll("\\s*(<[^>]+>)\\s*", "$1").strip();
    }

    private static void rankHeadings(Element body) {
        TreeMap<Integer, Integer> ranks = new TreeMap<>();
        for (Element h : body.select("h1, h2, h3, h4, h5, h6"))
            ranks.put(h.tagName().charAt(1) - '0', 0);
        int rank = 1;
        for (Integer level : ranks.keySet()) ranks.put(level, rank++);
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            h.tagName("h" + ranks.get(h.tagName().charAt(1) - '0'));
            h.removeAttr("id");
        }
    }

    private static void write(Node node, StringBuilder out, boolean pre) {
        if (node instanceof TextNode t) {
            String text = escape(t.getWholeText());
            out.append(pre ? text : text.replaceAll("\\s+", " "));
        } else if (node instanceof Element e) {
            out.append('<').append(e.tagName());
            Map<String, String> attributes = new TreeMap<>();
            for (Attribute a : e.attributes()) attributes.put(a.getKey(), a.getValue());
            attributes.forEach((k, v) ->
                    out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
            out.append('>');
            for (Node child : e.childNodes())
                write(child, out, pre || e.tagName().equals("pre"));
            out.append("</").append(e.tagName()).append('>');
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void writeReport() throws IOException {
        Map<String, int[]> bySection = new LinkedHashMap<>();
        for (Example e : examples) {
            int[] counts = bySection.computeIfAbsent(e.section(), k -> new int[2]);
            counts[1]++;
            if (!failures.containsKey(e.number())) counts[0]++;
        }
        StringBuilder report = new StringBuilder("CommonMark 0.31.2: " + (examples.size() - failures.size()) + " of "
                + examples.size() + " examples pass as entry bodies\n\n");
        bySection.forEach((s, c) -> report.append(String.format("%-40s %3d / %3d%n", s, c[0], c[1])));
        report.append("\nfailing: ").append(failures.keySet()).append('\n');
        failures.values()
                .forEach(e -> report.append("\n--- ")
                        .append(e.number())
                        .append(" (")
                        .append(e.section())
                        .append(")\n")
                        .append(e.markdown())
                        .append("expected: ")
                        .append(normalise(e.html()))
                        .append("\nrendered: ")
                        .append(normalise(rendered.get(e.number())))
                        .append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/commonmark-spec.txt"), report);
    }
}
