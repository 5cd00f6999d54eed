package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Timeline;

/**
 * The exports of all entries, large enough to be made in several chunks side by side and to be
 * written through a part file ({@link StagingFolder#SPILL_FROM}): what reaches the site is the
 * whole document, every entry once, in timeline order, the same bytes as the file made in memory.
 */
class LargeExportsTest {
    private static final int ENTRIES = 3 * InChunks.CHUNK + 100;

    @TempDir
    static Path dir;

    static SiteModel site;
    static List<OutputFile> files;
    static Path out;

    @BeforeAll
    static void writeTheExports() throws Exception {
        SiteConfig config = SiteConfig.defaults().withBaseUrl("https://example.org/");
        UrlScheme urls = new UrlScheme(config.baseUrl());
        Timeline timeline = Timeline.of(PlanFixture.entries(ENTRIES));
        site = new SiteModel(config, urls, timeline, new SitePlanner(config, urls).plan(timeline));
        files = new DataExports().files(site);
        out = dir.resolve("site");
        try (SiteWriter writer = SiteWriter.open(out)) {
            for (OutputFile f : files) f.writeTo(writer, f.inputs());
            writer.commit("large-exports");
        }
    }

    private static OutputFile file(String name) {
        return files.stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theJsonExportHoldsEveryEntryOnceInTimelineOrder() throws Exception {
        byte[] written = Files.readAllBytes(out.resolve("data/entries.json"));
        assertThat(written.length).as("large enough to be spilled").isGreaterThan(StagingFolder.SPILL_FROM);
        assertThat(written).isEqualTo(file("data/entries.json").content());

        JsonObject doc = JsonParser.parseString(new String(written, StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertThat(doc.get("count").getAsInt()).isEqualTo(ENTRIES);
        JsonArray entries = doc.getAsJsonArray("entries");
        List<String> slugs = entries.asList().stream()
                .map(e -> e.getAsJsonObject().get("slug").getAsString())
                .toList();
        assertThat(slugs)
                .isEqualTo(site.timeline().entries().stream().map(Entry::slug).toList());
    }

    @Test
    void theCsvExportHasAHeaderAndARowPerEntry() throws Exception {
        byte[] written = Files.readAllBytes(out.resolve("data/entries.csv"));
        assertThat(written).isEqualTo(file("data/entries.csv").content());
        String csv = new String(written, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", DataExports.CSV_COLUMNS) + "\r\n");
        assertThat(csv.split("\r\n", -1)).hasSize(ENTRIES + 2); // header, rows, and the empty tail
    }

    @Test
    void noPartFileIsLeftInTheSite() throws Exception {
        try (var walk = Files.walk(dir)) {
            assertThat(walk.filter(p -> p.getFileName().toString().endsWith(".rt-part")))
                    .isEmpty();
        }
    }
}
