package org.relationstimeline.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** A seeded, valid corpus of a few hundred entries, in two versions that differ in many files. */
final class GeneratedCorpus {
    private static final List<String> CODES = List.of("RU", "DZ", "EG", "FR", "DE", "US", "CN", "IN");
    private static final List<String> TOPICS = List.of("diplomacy", "trade", "energy", "defense");

    private GeneratedCorpus() {}

    static final String SITE_YAML = """
            title: Generated corpus
            base_url: https://example.org/gen/
            topics:
              diplomacy: Diplomacy
              trade: Trade
              energy: Energy
              defense: Defence
            """;

    /**
     * Writes {@code count} entries into {@code content}. Version 2 retitles every seventh entry,
     * drops every eleventh and adds a few, so a build from one version to the other rewrites,
     * removes and adds pages.
     */
    static void write(Path content, int count, int version) throws IOException {
        Random random = new Random(1962);
        for (int i = 0; i < count + 15; i++) {
            int a = random.nextInt(CODES.size());
            int b = (a + 1 + random.nextInt(CODES.size() - 1)) % CODES.size();
            int year = 1990 + random.nextInt(30);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28);
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            boolean added = i >= count;
            if (added && version == 1) continue;
            if (version == 2 && i % 11 == 0) continue;
            String title = "Event " + i + " between " + CODES.get(a) + " and " + CODES.get(b)
                    + (version == 2 && i % 7 == 0 ? " (revised)" : "");
            String text = String.format(
                    """
                    ---
                    title: %s
                    date: %04d-%02d-%02d
                    countries: [%s, %s]
                    topics: [%s]
                    summary: A generated summary for event %d.
                    sources:
                      - https://example.org/source/%d
                    ---
                    Paragraph one about event %d, with *emphasis* and a [link](https://example.org/%d).

                    Paragraph two, long enough to give the page some weight. %s
                    """,
                    title, year, month, day, CODES.get(a), CODES.get(b), topic, i, i, i, i, "Lorem ipsum. ".repeat(20));
            Path file =
                    content.resolve(String.format("entries/%d/%04d-%02d-%02d-event-%d.md", year, year, month, day, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
