package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.relationstimeline.testing.FuzzRegression;
import org.relationstimeline.text.TextDecoder;

/**
 * Front matter loading on arbitrary input: decoding, splitting and YAML loading either succeed
 * or fail with their designed exception (a message and a position in the file); anything else,
 * a runtime exception, an error or a hang, is a bug.
 *
 * <p>In the normal test run these replay the inputs kept in {@code FrontMatterFuzzTestInputs/};
 * {@code scripts/fuzz.sh} fuzzes them for a bounded time.
 */
@FuzzRegression
class FrontMatterFuzzTest {
    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    @FuzzTest(maxDuration = "60s")
    void frontMatterLoading(byte[] input) {
        String text;
        try {
            text = TextDecoder.decode(input);
        } catch (TextDecoder.MalformedTextException e) {
            assertThat(e.byteOffset()).isBetween(0L, (long) input.length);
            assertThat(e.getMessage()).contains("byte offset " + e.byteOffset());
            return;
        }
        assertThat(text).doesNotContain("\r");
        FrontMatterSplitter.Parts parts;
        try {
            parts = FrontMatterSplitter.split(text);
        } catch (FrontMatterSplitter.MissingFrontMatterException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(text).contains(parts.yaml()).endsWith(parts.body());
        assertThat(parts.bodyFirstLine()).isGreaterThan(parts.yamlFirstLine());
        load(parts.yaml(), parts.yamlFirstLine());
    }

    @FuzzTest(maxDuration = "60s")
    void yamlLoading(FuzzedDataProvider data) {
        int firstLine = data.consumeInt(1, 1_000);
        load(data.consumeRemainingAsString(), firstLine);
    }

    private static void load(String yaml, int firstLine) {
        try {
            YamlValue root = LOADER.load(yaml, firstLine);
            checkPositions(root, firstLine);
        } catch (YamlLoader.YamlException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.position().line()).isGreaterThanOrEqualTo(firstLine);
            assertThat(e.position().column()).isPositive();
        }
    }

    private static void checkPositions(YamlValue value, int firstLine) {
        assertThat(value.position().line()).isGreaterThanOrEqualTo(firstLine);
        if (value instanceof YamlValue.Sequence s) s.items().forEach(v -> checkPositions(v, firstLine));
        if (value instanceof YamlValue.Mapping m) {
            for (Map.Entry<String, YamlValue.Field> f : m.fields().entrySet()) {
                assertThat(f.getValue().key()).isEqualTo(f.getKey());
                checkPositions(f.getValue().value(), firstLine);
            }
        }
    }
}
