package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any Markdown body renders, in safe mode, to HTML with nothing active in it: no script-capable
 * element, event handler, style or non-web URL, whether the cleaning fast path is taken or not.
 * Too deep a body is the one designed refusal.
 */
class MarkdownRendererFuzzTest {
    private static final MarkdownRenderer SAFE = new MarkdownRenderer(false);

    @FuzzTest(maxDuration = "60s")
    void renderedBodiesAreInert(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        String html;
        try {
            html = SAFE.render(markdown);
        } catch (MarkdownRenderer.BodyRefusedException e) {
            return;
        }
        assertThat(MarkdownSanitisingTest.activeParts(html)).as(html).isEmpty();
    }
}
