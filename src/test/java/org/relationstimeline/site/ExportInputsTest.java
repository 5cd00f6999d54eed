package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.timeline.Body;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Timeline;

/**
 * The data exports are made only when what they show changed: their inputs are a fingerprint of
 * the entries without their bodies, so an edit of a body leaves them as they were (the writer then
 * keeps the previous files without making them), and an edit of a title changes them.
 */
class ExportInputsTest {
    private static final String BASE = "https://example.org/";
    private static final int EDITED = 7;

    private static SiteModel model(UnaryOperator<Entry> edit) {
        SiteConfig config = SiteConfig.defaults().withBaseUrl(BASE);
        UrlScheme urls = new UrlScheme(config.baseUrl());
        List<Entry> entries = new ArrayList<>(PlanFixture.entries(30));
        entries.set(EDITED, edit.apply(entries.get(EDITED)));
        Timeline timeline = Timeline.of(entries);
        return new SiteModel(config, urls, timeline, new SitePlanner(config, urls).plan(timeline));
    }

    /** The entry as its file would give it after a change: a new file hash with it. */
    private static Entry edited(Entry e, String title, String body) {
        return new Entry(
                e.path(),
                e.slug(),
                title,
                e.date(),
                e.parties(),
                e.topics(),
                e.summary(),
                e.sources(),
                e.aliases(),
                new Body.Held(body),
                e.bodyLine(),
                e.draft(),
                e.fingerprint() + "-edited",
                e.end(),
                e.type(),
                e.published(),
                e.updated(),
                null,
                null);
    }

    private static OutputFile file(SiteModel site, String name) {
        return new DataExports()
                .files(site).stream()
                        .filter(f -> f.file().equals(name))
                        .findFirst()
                        .orElseThrow();
    }

    private static String content(OutputFile f) {
        return new String(f.content(), StandardCharsets.UTF_8);
    }

    /** The whole-site files and the files of the pair the edited entry is on. */
    private static final List<String> FILES = List.of(
            "data/entries.json",
            "data/entries.csv",
            "relations/egypt-russia/index.json",
            "relations/egypt-russia/entries.csv");

    @Test
    void aBodyEditLeavesTheExportsInputsAsTheyWere() {
        SiteModel before = model(e -> e);
        SiteModel after = model(e -> edited(e, e.title(), "An edited body."));
        for (String name : FILES) {
            OutputFile was = file(before, name);
            OutputFile is = file(after, name);
            assertThat(was.inputs()).as(name).isNotNull().isEqualTo(is.inputs());
            assertThat(content(is)).as(name).isEqualTo(content(was));
        }
    }

    @Test
    void aTitleEditChangesTheExportsInputsAndTheirContentShowsTheNewTitle() {
        SiteModel before = model(e -> e);
        SiteModel after = model(e -> edited(e, "A retitled event", e.body()));
        for (String name : FILES) {
            assertThat(file(after, name).inputs())
                    .as(name)
                    .isNotEqualTo(file(before, name).inputs());
            assertThat(content(file(after, name))).as(name).contains("A retitled event");
            assertThat(content(file(before, name))).as(name).doesNotContain("A retitled event");
        }
    }
}
