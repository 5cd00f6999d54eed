package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.render.BodyLinks;
import org.relationstimeline.site.search.SearchIndex;
import org.relationstimeline.timeline.Body;
import org.relationstimeline.timeline.BodyLink;
import org.relationstimeline.timeline.Entry;

/**
 * A loaded entry keeps its body in its file, not in memory: its page reads it again, and gets
 * exactly what was validated or an error, never another text.
 */
class BodyInFileTest {
    private static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();
    private static final String FRONT = "---\ntitle: Meeting\ndate: 2020-01-01\ncountries: [FR, DE]\n---\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("content/entries/" + name + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        // Older than the racy window, so a second load trusts the file's stat and takes the cache.
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Entry> load() {
        EntryCache cache = EntryCache.open(dir.resolve("cache"), "stamp", REGISTRY);
        ContentLoader.Loaded loaded = new ContentLoader(
                        new EntryReader(REGISTRY, Map.of(), YamlLimits.DEFAULT),
                        e -> e.withBodyLinks(BodyLinks.of(e.body())).withBodySearch(SearchIndex.bodySearch(e.body())))
                .load(dir.resolve("content"), "content", false, cache);
        assertThat(loaded.problems()).isEmpty();
        return loaded.entries();
    }

    /** What parsing the file gives as its body, held. */
    private static String parsed(Path file) throws IOException {
        return new EntryReader(REGISTRY, Map.of(), YamlLimits.DEFAULT)
                .read(new SourceFile("x.md", "x.md", Files.readAllBytes(file)))
                .entry()
                .orElseThrow()
                .body();
    }

    private static Entry named(List<Entry> entries, String name) {
        return entries.stream()
                .filter(e -> e.path().equals("entries/" + name + ".md"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void bodiesAreReadFromTheirFilesAsTheParserCutThemFreshAndFromTheCache() throws IOException {
        Path plain = write("plain", FRONT + "A talk in Paris \u2014 see [the visit](../2019/visit.md).\n\nMore.\n");
        // Windows line ends and a byte-order mark are normalised as the reader does
        Path crlf = write("crlf", ("\uFEFF" + FRONT + "Line one\nline two\n").replace("\n", "\r\n"));
        Path fenceLast = write("fence-last", FRONT.substring(0, FRONT.length() - 1));
        Path blankFirst = write("blank-first", FRONT + "\n\n  Indented start.\n");
        for (List<Entry> entries : List.of(load(), load())) {
            for (Path file : List.of(plain, crlf, fenceLast, blankFirst)) {
                Entry e = named(entries, file.getFileName().toString().replace(".md", ""));
                assertThat(e.storedBody()).isInstanceOf(Body.InFile.class);
                assertThat(e.body()).isEqualTo(parsed(file));
            }
            Entry e = named(entries, "plain");
            assertThat(e.body()).startsWith("A talk in Paris \u2014 see");
            assertThat(e.bodySearch().snippet()).isEqualTo("A talk in Paris \u2014 see the visit. More.");
            assertThat(e.bodyLinks())
                    .extracting(BodyLink::destination, BodyLink::line, BodyLink::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("../2019/visit.md", 1, 23));
            assertThat(named(entries, "fence-last").body()).isEmpty();
            assertThat(named(entries, "crlf").body()).isEqualTo("Line one\nline two\n");
        }
    }

    @Test
    void theCacheKeepsWhatWasWorkedOutOfABodyButNotTheBody() throws IOException {
        write("kept", FRONT + "Zanzibar-quokka-fjord is said once.\n");
        load();
        List<Path> shards;
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            shards = files.filter(Files::isRegularFile).toList();
        }
        StringBuilder stored = new StringBuilder();
        for (Path shard : shards) stored.append(new String(Files.readAllBytes(shard), StandardCharsets.UTF_8));
        // Neither the Markdown nor its text is there as written (what search keeps is packed)
        assertThat(stored.toString()).doesNotContain("Zanzibar-quokka-fjord").doesNotContain("is said once");
        Entry again = named(load(), "kept");
        assertThat(again.bodySearch().snippet()).isEqualTo("Zanzibar-quokka-fjord is said once.");
        assertThat(again.bodySearch().termList()).contains("zanzibar", "quokka", "fjord");
        assertThat(named(load(), "kept").body()).isEqualTo("Zanzibar-quokka-fjord is said once.\n");
    }

    @Test
    void aFileChangedAfterLoadingIsRefusedNotShown() throws IOException {
        Path file = write("edited", FRONT + "The first text.\n");
        Entry e = named(load(), "edited");
        // The same size, other bytes: the hash tells
        Files.writeString(file, FRONT + "The other text.\n");
        assertThatThrownBy(e::body)
                .isInstanceOf(Body.ChangedException.class)
                .hasMessageContaining("changed while the site was being built")
                .satisfies(x -> assertThat(((Body.ChangedException) x).file()).isEqualTo(file.toAbsolutePath()));
        // Longer: refused without reading more than the size it had
        Files.writeString(file, FRONT + "The first text.\n" + "x".repeat(1 << 20));
        assertThatThrownBy(e::body).isInstanceOf(Body.ChangedException.class);
        Files.delete(file);
        assertThatThrownBy(e::body).isInstanceOf(Body.ChangedException.class).hasMessageContaining("can no longer");
    }

    @Test
    void aFileReplacedByALinkIsNotFollowed() throws IOException {
        Path file = write("linked", FRONT + "The first text.\n");
        Entry e = named(load(), "linked");
        Path copy = Files.copy(file, dir.resolve("elsewhere.md"));
        Files.delete(file);
        Files.createSymbolicLink(file, copy);
        assertThatThrownBy(e::body).isInstanceOf(Body.ChangedException.class).hasMessageContaining("can no longer");
    }
}
