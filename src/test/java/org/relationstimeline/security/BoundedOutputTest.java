package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.testing.Slow;
import org.relationstimeline.testing.TestProject;

/**
 * What one entry can cost in output. An entry of n parties is placed on P = n(n-1)/2 pair
 * timelines; each has a page, a feed and a data export, and those must not grow with P (before
 * this test a pair's export listed every pair of the entry, so 100 parties gave 618 MB in 15,173
 * files). With the party limit, the output of the worst entry is bounded by a formula in the limits.
 */
@Slow // builds the worst entry the limits allow: hundreds of pair timelines
class BoundedOutputTest {
    @TempDir
    Path dir;

    /** Sizes of the output, all regular files (hidden ones included). */
    record Size(long bytes, long files, long pairBytes, long pairFiles) {}

    static Size measure(Path site) {
        long[] s = new long[4];
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                long size = size(p);
                s[0] += size;
                s[1]++;
                String rel = site.relativize(p).toString().replace('\\', '/');
                if (rel.matches("relations/[^/]+/.+")) {
                    s[2] += size;
                    s[3]++;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Size(s[0], s[1], s[2], s[3]);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long pairs(int parties) {
        return (long) parties * (parties - 1) / 2;
    }

    private Size buildOneEntry(String name, int parties) {
        TestProject project = TestProject.empty(dir.resolve(name));
        project.write(
                "entries/2023-08-01-summit.md",
                "---\ntitle: Summit of many states\ndate: 2023-08-01\n"
                        + "summary: The heads of state met and agreed a declaration.\ntopics: [diplomacy, trade]\ncountries: ["
                        + ConfiguredLimitsAndSourceUrlsTest.codes(parties) + "]\nsources:\n  - title: Declaration\n"
                        + "    publisher: Agency\n    url: https://example.org/declaration\n---\nThe summit.\n");
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return measure(project.site());
    }

    /**
     * Pairs are quadratic in parties, so doubling the parties multiplies the pairs by about 4
     * (45 to 190 from 10 to 20); the files of one pair must stay the same size, so the bytes of all
     * pair files grow by the pairs' factor, with 10% for the party codes the exports name.
     * Before, they grew by 10 (the pair list in each export is itself quadratic).
     */
    @Test
    void pairFilesGrowWithThePairsAndEachPairsFilesStayTheSameSize() {
        Size ten = buildOneEntry("ten", 10);
        Size twenty = buildOneEntry("twenty", 20);
        assertThat(ten.pairFiles()).isEqualTo(FILES_PER_PAIR * pairs(10) + 1);
        assertThat(twenty.pairFiles()).isEqualTo(FILES_PER_PAIR * pairs(20) + 1);
        double perPairTen = (double) ten.pairBytes() / pairs(10);
        double perPairTwenty = (double) twenty.pairBytes() / pairs(20);
        assertThat(perPairTwenty)
                .as("bytes of one pair's files, 10 then 20 parties: %.0f, %.0f", perPairTen, perPairTwenty)
                .isLessThan(perPairTen * 1.1);
        assertThat((double) twenty.pairBytes() / ten.pairBytes()).isLessThan(1.1 * pairs(20) / pairs(10));
        assertThat((double) twenty.bytes() / ten.bytes()).as("the whole site").isLessThan(1.1 * pairs(20) / pairs(10));
    }

    /** What one pair's page, feed and exports may cost, with that pair's lines in the indexes, sitemap and manifest. */
    static final long PAIR_BUDGET = 64 << 10;
    /**
     * Under relations/, each pair has its page, feed, JSON and CSV files and the page at its
     * reversed address; the multilateral list (one page here) is there too, hence the "+ 1" below.
     */
    static final long FILES_PER_PAIR = 5;

    /**
     * The worst entry the default limits allow, through the real build: 30 parties (435 pairs), a
     * 300-character title and a 1,000-character summary of {@code <&"} (each character escapes to
     * up to 6 bytes), 10 topics and a slug of 120 characters, the rest of the 64 KiB front matter
     * in sources, the rest of the 1 MiB file in body text of {@code &}.
     *
     * <p>The bound, and why:
     * <ul>
     * <li>each pair's five files (page, feed, JSON and CSV exports, the page at its reversed
     * address) and its lines in the relations index, the sitemap and the manifest stay under
     * {@link #PAIR_BUDGET}, 64 KiB: about 7 KB of template, the title written 5 times (card, page
     * data, feed, two exports) and the summary 4 times at 6 bytes
     * a character (25.2 KB), topics and slug about 10 times each (13.2 KB), party codes and six
     * names; nothing in it grows with the number of pairs, and sources are not in it;</li>
     * <li>what is written once: the entry page (body and front matter, 6 bytes a byte at most:
     * 6 MiB + 384 KiB), the data exports (front matter 8 times: 512 KiB each), 30 country pages
     * and feeds (each names every partner: 32 KiB each) and 1 MiB for the rest (assets, indexes,
     * search index);</li>
     * <li>files: 5 per pair, 6 per party (page, feed, search facet, JSON, CSV, map), 5 per topic and 50 others.</li>
     * </ul>
     * So at most 435 * 64 KiB + 6.4 MiB + 1 MiB + 0.9 MiB + 1 MiB = 38,273,024 bytes, and 2,455 files
     * (measured: 31.8 MB in 2,399 files, 49.5 KB per pair, before the country maps got files of
     * their own; 2,453 files after).
     * Before the party limit and the bounded pair files, 100 parties of a 362-byte entry gave
     * 618 MB in 15,173 files.
     */
    @Test
    void theWorstEntryTheDefaultLimitsAllowStaysUnderItsBound() throws IOException {
        YamlLimits limits = YamlLimits.DEFAULT;
        int n = limits.maxPartiesPerEntry();
        long pairs = limits.maxPairsPerEntry();
        assertThat(pairs).isEqualTo(435);
        long front = limits.maxFrontMatterBytes();
        long file = limits.maxFileBytes();
        int topics = org.relationstimeline.content.EntryReader.MAX_TOPICS;
        TestProject project = TestProject.empty(dir.resolve("worst"));
        String text = WorstEntry.text(n, (int) front, (int) file, "worst");
        assertThat((long) WorstEntry.bytes(text)).isGreaterThan(file - 100);
        project.write("entries/2023-08-01-worst.md", text);
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("error");

        Size size = measure(project.site());
        long once = 6 * file + 6 * front + 2 * 8 * front + n * (32L << 10) + (1L << 20);
        long byteBound = pairs * PAIR_BUDGET + once;
        long fileBound = FILES_PER_PAIR * pairs + 6L * n + 5L * topics + 50;
        assertThat(size.pairFiles()).isEqualTo(FILES_PER_PAIR * pairs + 1);
        assertThat(size.pairBytes()).as("bytes of the pair files").isLessThan(pairs * PAIR_BUDGET);
        assertThat(size.files()).as("files").isLessThanOrEqualTo(fileBound);
        assertThat(size.bytes()).as("bytes of the site, bound %d", byteBound).isLessThan(byteBound);
        assertThat(byteBound).isLessThan(40_000_000L);
        // No single pair's files may carry the entry's other pairs, sources or body.
        String export = Files.readString(project.site().resolve("relations/afghanistan-albania/index.json"));
        assertThat(export)
                .doesNotContain("\"pairs\"")
                .doesNotContain("\"sources\"")
                .doesNotContain("andorra-angola")
                .doesNotContain("&&&&");
        System.out.printf(
                "worst entry: %d bytes in %d files (bound %d bytes, %d files); pair files %d bytes%n",
                size.bytes(), size.files(), byteBound, fileBound, size.pairBytes());
    }
}
