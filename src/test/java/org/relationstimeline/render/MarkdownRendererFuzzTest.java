package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.relationstimeline.testing.CpuBudget;
import org.relationstimeline.testing.FuzzRegression;

/**
 * Any Markdown body renders, in safe mode, to HTML with nothing active in it: no script-capable
 * element, event handler, style or non-web URL, whether the cleaning fast path is taken or not.
 * Too deep a body is the one designed refusal.
 */
@FuzzRegression
class MarkdownRendererFuzzTest {
    private static final MarkdownRenderer SAFE = new MarkdownRenderer(false);
    /** CPU time any body may take, whatever its content: generous, far below quadratic. */
    static final long BASE_NANOS = 1_000_000_000L;

    static final long NANOS_PER_CHAR = 20_000L;
    /**
     * Time per unit of the pre-scan's cost estimate (markup x paragraph length) of an accepted body:
     * measured near 9 ns on a loaded two-core machine, so a finding means a quadratic construct
     * the scan does not count.
     */
    static final long NANOS_PER_COST = 40L;

    static {
        // Class loading and the first compilations are not the body's cost: every kind of markup,
        // raw HTML and refused addresses included (under the fuzzer's instrumentation, the first
        // body with HTML once took 1.3 s of CPU loading the sanitiser's classes).
        for (int i = 0; i < 50; i++)
            SAFE.render("A *b* [c](https://d.example) `e` ~~f~~ www.g.example &amp; \\h\n\n- i\n\n"
                    + "> q\n\n| t |\n|-|\n| u |\n\n![v](w.png) [x](javascript:y) <b>z</b> <img src=x onerror=y>\n\n"
                    + "<div>block</div>\n\n1. n[^1]\n\n[^1]: note\n");
    }

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

    /**
     * Rendering time is bounded by the body's length plus the pre-scan's cost estimate, which is
     * itself capped ({@link InlineCost#MAX_COST}): a refusal is linear, and an accepted body takes
     * no longer than the estimate the refusal is based on. (Fuzz inputs are at most a few KB, where
     * the estimate is small and the bound is about linear.)
     */
    @FuzzTest(maxDuration = "60s")
    void renderingTimeIsBoundedByLength(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        InlineCost.Result cost = InlineCost.scan(markdown);
        long start = CpuBudget.now(); // CPU time: waiting for a core on a loaded machine is not the body's cost
        try {
            SAFE.render(markdown);
        } catch (MarkdownRenderer.BodyRefusedException e) {
            // refused before or while parsing: still timed
        }
        long elapsed = CpuBudget.now() - start;
        long bound =
                BASE_NANOS + NANOS_PER_CHAR * markdown.length() + (cost.refused() ? 0 : NANOS_PER_COST * cost.cost());
        assertThat(elapsed)
                .as("%d ms for %d characters (cost estimate %d)", elapsed / 1_000_000, markdown.length(), cost.cost())
                .isLessThanOrEqualTo(bound);
    }
}
