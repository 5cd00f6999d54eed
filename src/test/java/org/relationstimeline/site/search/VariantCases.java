package org.relationstimeline.site.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventType;

/**
 * The shared table of variant and typo cases ({@code variants.tsv}) and the fixture it runs on:
 * one entry per word of the table, holding the word in its Markdown body, and one per party of the
 * table. The Java test builds the entries in memory, the browser test writes the same as a project.
 */
record VariantCases(List<Row> rows) {
    static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();
    /** The other party of every fixture entry: neither a case nor near one. */
    static final String OTHER = "NO";

    /** One case: the query, the word (or "party:slug") it is about, and the tier expected (-1: no match). */
    record Row(String query, String indexed, int tier, String why) {
        boolean isParty() {
            return indexed.startsWith("party:");
        }

        String party() {
            return indexed.substring("party:".length());
        }
    }

    static VariantCases load() {
        try (InputStream in = VariantCases.class.getResourceAsStream("variants.tsv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                rows.add(new Row(c[0], c[1], c[2].equals("-") ? -1 : Integer.parseInt(c[2]), c[3]));
            }
            return new VariantCases(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture entry: its slug, title, date, party codes, event type and Markdown body. */
    record Fixture(String slug, String title, String date, List<String> codes, EventType type, String body) {
        Entry entry() {
            List<Party> parties = codes.stream()
                    .map(c -> REGISTRY.byCode(c).orElseThrow())
                    .sorted((a, b) -> a.slug().compareTo(b.slug()))
                    .toList();
            return new Entry(
                            "entries/" + slug + ".md",
                            slug,
                            title,
                            EventDate.parse(date).date().orElseThrow(),
                            parties,
                            List.of("diplomacy"),
                            "",
                            List.of(),
                            List.of(),
                            body,
                            1,
                            false,
                            slug)
                    .withType(type);
        }

        String markdown() {
            return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ncountries: [" + String.join(", ", codes)
                    + "]\ntopics: [diplomacy]\ntype: " + type.key()
                    + "\nsources:\n  - https://example.org/source\n---\n" + body;
        }
    }

    List<Fixture> fixtures() {
        Set<String> words = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (Row r : rows) (r.isParty() ? parties : words).add(r.isParty() ? r.party() : r.indexed());
        List<Fixture> out = new ArrayList<>();
        int day = 1;
        for (String w : words) {
            out.add(new Fixture(
                    "w-" + w,
                    "Note " + day,
                    date(day),
                    List.of("IS", OTHER),
                    day++ % 2 == 0 ? EventType.SANCTION : EventType.CONSULT,
                    "## Record\n\nThe **" + w + "** word, written [as noted](https://example.org/" + w + ").\n"));
        }
        for (String slug : parties) {
            Party p = REGISTRY.all().stream()
                    .filter(x -> x.slug().equals(slug))
                    .findFirst()
                    .orElseThrow();
            out.add(new Fixture(
                    "p-" + slug, "Note " + day, date(day++), List.of(p.code(), OTHER), EventType.AGREE, "A record.\n"));
        }
        return out;
    }

    List<Entry> entries() {
        return fixtures().stream().map(Fixture::entry).toList();
    }

    /** Writes the fixture as a project under {@code dir}. */
    TestProject writeProject(java.nio.file.Path dir) {
        TestProject project = TestProject.empty(dir);
        project.write(
                "../site.yaml",
                "title: Variants\ndescription: The variant cases.\nbase_url: https://example.org/v/\ntopics:\n  diplomacy: Diplomacy\n");
        for (Fixture f : fixtures()) project.write("entries/" + f.slug() + ".md", f.markdown());
        return project;
    }

    private static String date(int day) {
        return String.format("2020-%02d-%02d", 1 + (day - 1) / 28, 1 + (day - 1) % 28);
    }
}
