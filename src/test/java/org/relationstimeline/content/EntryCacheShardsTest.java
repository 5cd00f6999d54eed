package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.timeline.Entry;

/** The entry cache is split into shards: an edit rewrites one, and a damaged one costs only its own files. */
class EntryCacheShardsTest {
    private static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();

    @TempDir
    Path dir;

    private Path content() {
        return dir.resolve("content");
    }

    private Path cache() {
        return dir.resolve("cache");
    }

    private void writeEntry(int i, String body) throws IOException {
        Path file = content().resolve("entries/e" + i + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Meeting " + i + "\ndate: 2020-01-01\ncountries: [FR, DE]\n---\n" + body);
        // Older than the racy window, so the next load trusts the file's stat.
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L + i));
    }

    private List<Entry> load() {
        EntryCache cache = EntryCache.open(cache(), "stamp", REGISTRY);
        ContentLoader.Loaded loaded = new ContentLoader(new EntryReader(REGISTRY, Map.of(), YamlLimits.DEFAULT))
                .load(content(), "content", false, cache);
        assertThat(loaded.problems()).isEmpty();
        return loaded.entries();
    }

    /** Each shard file's bytes, by name. */
    private Map<String, byte[]> shards() throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> files = Files.list(cache())) {
            for (Path p : files.toList()) out.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return out;
    }

    private static long differing(Map<String, byte[]> before, Map<String, byte[]> after) {
        return after.entrySet().stream()
                .filter(e -> !java.util.Arrays.equals(e.getValue(), before.get(e.getKey())))
                .count();
    }

    @Test
    void anEditRewritesOnlyTheShardOfTheEditedFile() throws IOException {
        for (int i = 0; i < 200; i++) writeEntry(i, "Body " + i + ".\n");
        load();
        Map<String, byte[]> before = shards();
        assertThat(before).hasSizeGreaterThan(EntryCache.SHARDS / 2);
        assertThat(before.keySet()).allMatch(n -> n.matches("entries-\\d\\d\\.bin"));

        writeEntry(7, "Body 7, edited at more length.\n");
        List<Entry> entries = load();

        Map<String, byte[]> after = shards();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(differing(before, after)).isEqualTo(1);
        assertThat(entries)
                .filteredOn(e -> e.title().equals("Meeting 7"))
                .singleElement()
                .satisfies(e -> assertThat(e.body()).contains("edited at more length"));
    }

    @Test
    void nothingChangedWritesNothing() throws IOException {
        for (int i = 0; i < 50; i++) writeEntry(i, "Body " + i + ".\n");
        load();
        Map<String, byte[]> before = shards();

        load();

        assertThat(differing(before, shards())).isZero();
    }

    @Test
    void aForgedShardIsNotBelievedAndTheOthersAreKept() throws IOException {
        for (int i = 0; i < 100; i++) writeEntry(i, "Body " + i + ".\n");
        load();
        Path shard = EntryCache.shardFile(cache(), EntryCache.shardOf("entries/e3.md"));
        String text = new String(Files.readAllBytes(shard), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Meeting 3");
        // Same length, so the shard still parses: only its seal tells the forgery.
        Files.write(
                shard, text.replace("Meeting 3", "Forged!!!").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Map<String, byte[]> before = shards();

        List<Entry> entries = load();

        assertThat(entries).extracting(Entry::title).contains("Meeting 3").doesNotContain("Forged!!!");
        assertThat(differing(before, shards()))
                .as("the forged shard is written again from the files, the others kept")
                .isEqualTo(1);
    }
}
