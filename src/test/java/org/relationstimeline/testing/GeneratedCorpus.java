package org.relationstimeline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.Source;

/**
 * A deterministic made-up corpus shaped like the real one: words drawn with a Zipf law from a
 * common diplomatic vocabulary and a long tail of invented words, some parties and pairs much
 * busier than others, more events in recent years. The same size and seed always give the same
 * entries, either in memory (for index scale tests) or as a project on disk (for full builds).
 */
public final class GeneratedCorpus {
    /** Topic keys and labels of generated projects. */
    public static final Map<String, String> TOPICS = topics();

    private static final String[] COMMON = ("talks agreement minister visit trade gas pipeline summit border defence "
                    + "cooperation treaty sanctions oil nuclear president foreign deal military exercise loan investment embassy "
                    + "ambassador aid grain railway port security energy signed meets agree joint declaration strategic partnership "
                    + "memorandum envoy crisis recognition relations dispute arms fighters tanks cables satellite launch tariffs "
                    + "quota fisheries water dam river delegation parliament prime election observers refugees migrants visa "
                    + "students scholarships museum football olympic vaccine hospital earthquake relief floods drought climate "
                    + "emissions forests whaling arctic islands maritime navy coast guard airspace incident protest expels "
                    + "diplomats consulate reopens closes suspends resumes ratifies withdraws extends renews cancels debt "
                    + "rescheduling bank currency swap bonds reserves wheat fertiliser phosphate uranium reactor plant refinery "
                    + "détente rapprochement café naïve résumé Zürich São Tomé Łódź Straße")
            .split(" ");
    private static final String[] SYLLABLES = {
        "ka", "ro", "mi", "ten", "sal", "bor", "vin", "de", "lu", "mar", "no", "pe", "ti", "za", "gra", "sto", "len",
        "qui", "fa", "do", "bre", "sku", "op", "ral", "xe", "ny", "vo", "tha"
    };

    private final Random random;
    private final long bodySeed;
    private final String[] vocabulary;
    private final double[] wordWeights;
    private final List<Party> countries;
    private final double[] countryWeights;

    private GeneratedCorpus(long seed, int vocabularySize) {
        random = new Random(seed);
        bodySeed = seed;
        List<String> words = new ArrayList<>(Arrays.asList(COMMON));
        for (int i = 0; words.size() < vocabularySize; i++) words.add(invented(i));
        vocabulary = words.toArray(String[]::new);
        wordWeights = zipf(vocabulary.length, 1.0);
        countries = CountryRegistry.loadDefault().all().stream()
                .filter(p -> p.kind() == Party.Kind.COUNTRY)
                .toList();
        countryWeights = zipf(countries.size(), 1.1);
    }

    /** {@code n} entries made from {@code seed}, in no particular order. */
    public static List<Entry> entries(int n, long seed) {
        GeneratedCorpus g = new GeneratedCorpus(seed, Math.max(2_000, n));
        List<Entry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(g.entry(i));
        return out;
    }

    /**
     * Writes {@code n} generated entries as Markdown files under {@code dir/content} and a
     * {@code site.yaml}, plus three entries every build test wants: a title with markup in it,
     * an accented title, and enough Algeria–Russia entries to paginate that timeline.
     */
    public static TestProject writeProject(Path dir, int n, long seed) {
        TestProject project = TestProject.empty(dir);
        StringBuilder config = new StringBuilder(
                        "title: Generated Timeline\ndescription: A generated corpus for tests.\n")
                .append("base_url: https://example.org/timeline/\ntopics:\n");
        TOPICS.forEach((k, v) ->
                config.append("  ").append(k).append(": ").append(quote(v)).append('\n'));
        write(dir.resolve("site.yaml"), config.toString());
        GeneratedCorpus g = new GeneratedCorpus(seed, 2_000);
        CountryRegistry registry = CountryRegistry.loadDefault();
        Party algeria = registry.byCode("DZ").orElseThrow();
        Party russia = registry.byCode("RU").orElseThrow();
        for (int i = 0; i < n; i++) {
            Entry e = g.entry(i);
            // Every other entry is on one pair, so its timeline runs to more than one page.
            List<Party> parties = i % 2 == 0 ? List.of(algeria, russia) : e.parties();
            project.write(e.path(), markdown(e.title(), e.date().iso(), parties, e.topics(), e.summary()));
        }
        project.write(
                "entries/2001/2001-04-04-script-title.md",
                markdown(
                        "<script>alert('x')</script> Strategic partnership",
                        "2001-04-04",
                        List.of(algeria, russia),
                        List.of("diplomacy"),
                        "A title with markup & \"quotes\" in it."));
        project.write(
                "entries/2019/2019-03-07-cote-divoire-cocoa.md",
                markdown(
                        "Côte d’Ivoire and Ghana sign a cocoa pact",
                        "2019-03-07",
                        List.of(
                                registry.byCode("CI").orElseThrow(),
                                registry.byCode("GH").orElseThrow()),
                        List.of("trade"),
                        "The two largest cocoa producers agree on a common floor price."));
        return project;
    }

    private Entry entry(int i) {
        int year = 2025 - (int) Math.floor(125 * Math.pow(random.nextDouble(), 2.5));
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        EventDate date = random.nextInt(10) == 0
                ? new EventDate(year, month, 0, EventDate.Precision.MONTH, EventDate.Qualifier.NONE)
                : new EventDate(year, month, day, EventDate.Precision.DAY, EventDate.Qualifier.NONE);
        TreeSet<Party> parties = new TreeSet<>((a, b) -> a.slug().compareTo(b.slug()));
        int partyCount = random.nextInt(10) == 0 ? 3 : 2;
        while (parties.size() < partyCount) parties.add(countries.get(pick(countryWeights)));
        List<Party> partyList = List.copyOf(parties);
        List<String> keys = List.copyOf(TOPICS.keySet());
        TreeSet<String> topics = new TreeSet<>();
        int topicCount = 1 + random.nextInt(3);
        while (topics.size() < topicCount)
            topics.add(keys.get(random.nextInt(Math.min(keys.size(), 4 + random.nextInt(keys.size())))));
        String title = sentence(5 + random.nextInt(6), partyList);
        String summary = sentence(15 + random.nextInt(21), partyList) + ".";
        String slug = "e" + i + "-"
                + org.relationstimeline.text.Slugs.slugify(
                        title.split(" ", 4).length > 3 ? String.join(" ", Arrays.copyOf(title.split(" "), 3)) : title);
        String path = "entries/" + year + "/" + date.iso() + "-" + slug + ".md";
        return new Entry(
                path,
                slug,
                title,
                date,
                partyList,
                List.copyOf(topics),
                summary,
                List.of(new Source("Report " + i, "Wire", Optional.of(date), "https://example.org/r/" + i)),
                body(i, partyList),
                false,
                Hashes.of(path + title));
    }

    private String sentence(int words, List<Party> parties) {
        return sentence(random, words, parties);
    }

    /**
     * A Markdown body of 60 to 160 words in two or three paragraphs, with the markup bodies use
     * (a heading, emphasis, a link). Drawn from its own generator, seeded by the entry's number,
     * so titles and summaries are those of a corpus without bodies.
     */
    private String body(int i, List<Party> parties) {
        Random r = new Random(bodySeed * 1_000_003L + i);
        StringBuilder b = new StringBuilder();
        if (r.nextInt(4) == 0) b.append("## Background\n\n");
        int paragraphs = 2 + r.nextInt(2);
        int words = 60 + r.nextInt(101);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) b.append("\n\n");
            String text = sentence(r, words / paragraphs, parties);
            String[] parts = text.split(" ");
            int marked = r.nextInt(parts.length);
            parts[marked] = r.nextBoolean()
                    ? "**" + parts[marked] + "**"
                    : "[" + parts[marked] + "](https://example.org/source/" + i + "-" + p + ")";
            b.append(String.join(" ", parts)).append('.');
        }
        return b.append('\n').toString();
    }

    private String sentence(Random random, int words, List<Party> parties) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) s.append(' ');
            if (random.nextInt(8) == 0)
                s.append(parties.get(random.nextInt(parties.size())).name());
            else s.append(vocabulary[pick(random, wordWeights)]);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }

    private int pick(double[] cumulative) {
        return pick(random, cumulative);
    }

    private static int pick(Random random, double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, r);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) c[i] = sum += 1 / Math.pow(i + 1, s);
        return c;
    }

    /** The i-th invented word: syllables picked by the digits of i, so words are distinct. */
    private static String invented(int i) {
        StringBuilder w = new StringBuilder();
        int n = i + SYLLABLES.length;
        while (n > 0) {
            w.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        }
        return w.toString();
    }

    private static String markdown(
            String title, String date, List<Party> parties, List<String> topics, String summary) {
        return "---\ntitle: " + quote(title) + "\ndate: " + date + "\ncountries: ["
                + String.join(", ", parties.stream().map(Party::code).toList()) + "]\ntopics: ["
                + String.join(", ", topics)
                + "]\nsummary: " + quote(summary) + "\nsources:\n  - https://example.org/source\n---\n" + summary
                + "\n";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> topics() {
        Map<String, String> t = new LinkedHashMap<>();
        for (String k : new String[] {
            "diplomacy",
            "defense",
            "trade",
            "energy",
            "economy",
            "security",
            "treaties",
            "conflict",
            "culture",
            "science",
            "space",
            "health",
            "environment",
            "humanitarian",
            "sanctions",
            "sport",
            "migration",
            "borders",
            "investment",
            "infrastructure"
        }) {
            t.put(k, k.substring(0, 1).toUpperCase() + k.substring(1));
        }
        return t;
    }
}
