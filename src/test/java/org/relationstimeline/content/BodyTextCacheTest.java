package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.site.search.SearchIndex;
import org.relationstimeline.timeline.BodySearch;
import org.relationstimeline.timeline.Entry;

/**
 * A body's visible text (what search indexes) is worked out once, when its file is parsed, and
 * kept in the entry cache: a build after an edit works it out for the edited file only.
 */
class BodyTextCacheTest {
    private static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();

    @TempDir
    Path dir;

    private final List<String> worked = Collections.synchronizedList(new ArrayList<>());
    private final UnaryOperator<Entry> counting = e -> {
        worked.add(e.body());
        return e.withBodySearch(SearchIndex.bodySearch(e.body()));
    };

    private void writeEntry(int i, String body) throws IOException {
        Path file = dir.resolve("content/entries/e" + i + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Meeting " + i + "\ndate: 2020-01-01\ncountries: [FR, DE]\n---\n" + body);
        // Older than the racy window, so the next load trusts the file's stat.
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L + i));
    }

    private List<Entry> load() {
        EntryCache cache = EntryCache.open(dir.resolve("cache"), "stamp", REGISTRY);
        ContentLoader.Loaded loaded = new ContentLoader(
                        new EntryReader(REGISTRY, Map.of(), YamlLimits.DEFAULT), counting)
                .load(dir.resolve("content"), "content", false, cache);
        assertThat(loaded.problems()).isEmpty();
        cache.save();
        return loaded.entries();
    }

    private static Entry titled(List<Entry> entries, String title) {
        return entries.stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theTextIsWorkedOutOnceAndReadBackFromTheCache() throws IOException {
        for (int i = 0; i < 5; i++) writeEntry(i, "A **talk** in [Paris](https://example.org/" + i + ").\n");
        List<Entry> first = load();
        assertThat(worked).hasSize(5);
        assertThat(titled(first, "Meeting 3").bodySearch())
                .isEqualTo(new BodySearch("talk in paris", "A talk in Paris."));

        worked.clear();
        writeEntry(3, "Talks _broke down_ &amp; ended.\n");
        List<Entry> second = load();

        assertThat(worked).singleElement().satisfies(b -> assertThat(b).contains("broke down"));
        assertThat(titled(second, "Meeting 3").bodySearch())
                .isEqualTo(new BodySearch("talks broke down ended", "Talks broke down & ended."));
        assertThat(titled(second, "Meeting 1").bodySearch().snippet()).isEqualTo("A talk in Paris.");
        // What the cache gave is what parsing the body again gives.
        for (Entry e : second) assertThat(e.bodySearch()).isEqualTo(SearchIndex.bodySearch(e.body()));
    }

    @Test
    void aLoaderWithoutTheFunctionLeavesTheTextToSearch() throws IOException {
        writeEntry(0, "Plain body.\n");
        ContentLoader.Loaded loaded = new ContentLoader(new EntryReader(REGISTRY, Map.of(), YamlLimits.DEFAULT))
                .load(dir.resolve("content"), "content", false);
        assertThat(loaded.entries())
                .singleElement()
                .satisfies(e -> assertThat(e.bodySearch()).isNull());
    }
}
