package org.relationstimeline.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.problems.Position;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.DidYouMean;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Profile;
import org.relationstimeline.timeline.Source;

/**
 * Reads profiles: {@code relations/<pair-slug>.md} about a relation and {@code countries/<slug>.md}
 * about a country or organisation. The file name names the subject; the front matter holds a
 * summary, key facts (each with its source), eras and related relations, and the body is the
 * overview. Every mistake is reported with its position, like an entry's.
 */
public final class ProfileReader {
    /** The keys of a relation's profile. */
    public static final List<String> RELATION_KEYS =
            List.of("summary", "established", "facts", "eras", "related", "assessment");
    /** The keys of a party's profile: diplomatic relations are established between two parties, not by one. */
    public static final List<String> PARTY_KEYS = List.of("summary", "facts", "eras", "related");

    static final List<String> FACT_KEYS = List.of("label", "value", "source");
    static final List<String> ERA_KEYS = List.of("title", "from", "to", "summary");
    static final List<String> ASSESSMENT_KEYS = List.of("text", "as_of", "source");
    /** A key facts box and a list of eras are short; the bounds keep a profile's share of its page small. */
    public static final int MAX_FACTS = 30;

    public static final int MAX_ERAS = 30;
    public static final int MAX_RELATED = 30;
    public static final int MAX_LABEL_CHARACTERS = 80;
    public static final int MAX_VALUE_CHARACTERS = 300;

    private final CountryRegistry registry;
    private final PairSlugs pairSlugs;
    private final YamlLimits limits;

    public ProfileReader(CountryRegistry registry, YamlLimits limits) {
        this.registry = registry;
        this.pairSlugs = new PairSlugs(registry);
        this.limits = limits;
    }

    /**
     * The relations and parties that have entries: a profile of anything else is not published,
     * and suggestions prefer them.
     */
    public record Coverage(Set<Pair> pairs, Set<Party> parties, Set<String> pairSlugs) {
        public static Coverage of(Set<Pair> pairs, Set<Party> parties) {
            Set<String> slugs = new LinkedHashSet<>();
            for (Pair p : pairs) slugs.add(p.slug());
            return new Coverage(Set.copyOf(pairs), Set.copyOf(parties), Set.copyOf(slugs));
        }
    }

    /** Reads a relation's profile into {@code into}, adding what is wrong to {@code problems}. */
    public void relation(
            SourceFile file, String hash, Coverage coverage, Map<Pair, Profile> into, List<Problem> problems) {
        String slug = fileSlug(file);
        PairSlugs.Reading reading = pairSlugs.read(slug, coverage.pairSlugs());
        Optional<Pair> pair = Optional.empty();
        if (reading instanceof PairSlugs.Named n) {
            pair = Optional.of(n.pair());
        } else if (reading instanceof PairSlugs.Reversed r) {
            problems.add(Problem.error(
                    file.displayPath(),
                    0,
                    0,
                    "reversed-pair",
                    "'" + slug + "' is " + r.pair().name() + ", whose pages are at '"
                            + r.pair().slug() + "'",
                    "rename the file " + r.pair().slug() + ".md"));
        } else if (reading instanceof PairSlugs.Unknown u) {
            problems.add(
                    Problem.error(file.displayPath(), 0, 0, "unknown-pair", "the file name " + u.message(), u.hint()));
        }
        List<Problem> own = new ArrayList<>();
        Optional<Profile> profile = read(file, hash, RELATION_KEYS, pair, coverage, own);
        problems.addAll(own);
        if (pair.isEmpty() || profile.isEmpty()) return;
        if (!coverage.pairs().contains(pair.get())) {
            problems.add(Problem.warning(
                    file.displayPath(),
                    0,
                    0,
                    "no-entries",
                    pair.get().name() + " has no entries, so its profile is not published",
                    "add an entry with 'countries: [" + pair.get().first().code() + ", "
                            + pair.get().second().code() + "]'"));
        }
        into.put(pair.get(), profile.get());
    }

    /** Reads a country's or organisation's profile into {@code into}. */
    public void party(
            SourceFile file, String hash, Coverage coverage, Map<Party, Profile> into, List<Problem> problems) {
        String slug = fileSlug(file);
        Optional<Party> party = registry.bySlug(slug);
        if (party.isEmpty()) {
            List<String> slugs = coverage.parties().stream().map(Party::slug).toList();
            String hint = DidYouMean.hint(slug, slugs);
            if (hint.isEmpty())
                hint = DidYouMean.hint(
                        slug, registry.all().stream().map(Party::slug).toList());
            problems.add(Problem.error(
                    file.displayPath(),
                    0,
                    0,
                    "unknown-country",
                    "the file name '" + slug + "' is not the slug of a country or organisation",
                    hint.isEmpty()
                            ? "name the file after the party's page: countries/algeria.md for /countries/algeria/"
                            : hint));
        }
        List<Problem> own = new ArrayList<>();
        Optional<Profile> profile = read(file, hash, PARTY_KEYS, Optional.empty(), coverage, own);
        problems.addAll(own);
        if (party.isEmpty() || profile.isEmpty()) return;
        if (!coverage.parties().contains(party.get())) {
            problems.add(Problem.warning(
                    file.displayPath(),
                    0,
                    0,
                    "no-entries",
                    party.get().name() + " has no entries, so its profile is not published",
                    "add an entry that names it"));
        }
        into.put(party.get(), profile.get());
    }

    private static String fileSlug(SourceFile file) {
        String path = file.relativePath();
        return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
    }

    private Optional<Profile> read(
            SourceFile file,
            String hash,
            List<String> keys,
            Optional<Pair> self,
            Coverage coverage,
            List<Problem> problems) {
        Optional<FrontMatterReader.Document> document = FrontMatterReader.read(file, limits, "a profile", problems);
        if (document.isEmpty()) return Optional.empty();
        YamlFields f = document.get().fields();
        f.warnUnknownKeys(keys, "profile");
        String summary = f.optionalText("summary").orElse("");
        Lengths.check(
                f,
                "summary",
                summary,
                EntryReader.MAX_SUMMARY_CHARACTERS,
                "a summary is one or two sentences; the overview goes below the front matter");
        EventDate established = keys.contains("established")
                ? DateFields.optional(f, "established").orElse(null)
                : null;
        List<Profile.Fact> facts = facts(f);
        List<Profile.Era> eras = eras(f);
        List<Pair> related = related(f, self, coverage);
        Profile.Assessment assessment = keys.contains("assessment") ? assessment(f) : null;
        if (problems.stream().anyMatch(Problem::isError)) return Optional.empty();
        return Optional.of(new Profile(
                file.relativePath(),
                summary,
                established,
                facts,
                eras,
                related,
                document.get().body(),
                hash,
                assessment));
    }

    /** The editor's assessment of the relation now: its text and date are required, its source optional. */
    private static Profile.Assessment assessment(YamlFields f) {
        Optional<YamlValue.Field> field = f.field("assessment");
        if (field.isEmpty()) return null;
        YamlValue value = field.get().value();
        if (value instanceof YamlValue.Scalar s && s.isNull()) return null;
        if (!(value instanceof YamlValue.Mapping m)) {
            f.error(
                    value.position(),
                    "wrong-type",
                    "'assessment' is a mapping of text, as_of and source, not " + value.kind(),
                    "write 'text:' and 'as_of:' on lines under 'assessment:'");
            return null;
        }
        YamlFields af = new YamlFields(f.file(), m, f.problems());
        af.warnUnknownKeys(ASSESSMENT_KEYS, "assessment");
        Optional<String> text = af.requiredText("text", "\"Relations are close and stable.\"");
        text.ifPresent(t -> Lengths.check(
                af, "text", t, EntryReader.MAX_SUMMARY_CHARACTERS, "an assessment is one or two sentences"));
        // Undated, an assessment would read as true for ever.
        Optional<EventDate> asOf = DateFields.required(af, "as_of", "2025-06-01");
        Optional<YamlValue.Field> written = af.field("source");
        Source source = null;
        if (written.isPresent() && !(written.get().value() instanceof YamlValue.Scalar s && s.isNull())) {
            source = SourceFields.one(af, written.get().value()).orElse(null);
        }
        if (text.isEmpty() || asOf.isEmpty()) return null;
        return new Profile.Assessment(text.get(), asOf.get(), source);
    }

    private List<Profile.Fact> facts(YamlFields f) {
        List<YamlValue> items = f.list("facts");
        if (tooMany(
                f, "facts", items, MAX_FACTS, "keep the facts a reader needs first; the rest belong in the overview")) {
            return List.of();
        }
        List<Profile.Fact> out = new ArrayList<>();
        for (YamlValue item : items) {
            if (!(item instanceof YamlValue.Mapping m)) {
                f.error(
                        item.position(),
                        "wrong-type",
                        "each fact is a mapping of label, value and source, not " + item.kind(),
                        "write '- label: Embassies' with 'value:' and 'source:' under it");
                continue;
            }
            YamlFields ff = new YamlFields(f.file(), m, f.problems());
            ff.warnUnknownKeys(FACT_KEYS, "fact");
            Optional<String> label = ff.requiredText("label", "Embassies");
            Optional<String> value = ff.requiredText("value", "in Algiers and Moscow");
            label.ifPresent(l -> Lengths.check(ff, "label", l, MAX_LABEL_CHARACTERS, "a label is a few words"));
            value.ifPresent(v -> Lengths.check(
                    ff, "value", v, MAX_VALUE_CHARACTERS, "a value is a short phrase; explain it in the overview"));
            Optional<YamlValue.Field> written = ff.field("source");
            Optional<Source> source = Optional.empty();
            if (written.isEmpty() || written.get().value() instanceof YamlValue.Scalar s && s.isNull()) {
                // A fact stands alone in a box that readers quote without its context: it must say where it comes from.
                ff.error(
                        written.map(YamlValue.Field::keyPosition).orElse(m.position()),
                        "fact-without-source",
                        "the fact '" + label.orElse("") + "' has no source",
                        "add 'source:' with a URL, or title, publisher, date and url");
            } else {
                source = SourceFields.one(ff, written.get().value());
            }
            if (label.isPresent() && value.isPresent() && source.isPresent()) {
                out.add(new Profile.Fact(label.get(), value.get(), source.get()));
            }
        }
        return List.copyOf(out);
    }

    /** An era with where its start is written, for the overlap check. */
    private record ReadEra(Profile.Era era, Position at) {}

    private List<Profile.Era> eras(YamlFields f) {
        List<YamlValue> items = f.list("eras");
        if (tooMany(f, "eras", items, MAX_ERAS, "join short periods into longer ones")) return List.of();
        List<ReadEra> read = new ArrayList<>();
        for (YamlValue item : items) {
            if (!(item instanceof YamlValue.Mapping m)) {
                f.error(
                        item.position(),
                        "wrong-type",
                        "each era is a mapping of title, from, to and summary, not " + item.kind(),
                        "write '- title: The Soviet years' with 'from:' and 'to:' under it");
                continue;
            }
            YamlFields ef = new YamlFields(f.file(), m, f.problems());
            ef.warnUnknownKeys(ERA_KEYS, "era");
            Optional<String> title = ef.requiredText("title", "The Soviet years");
            title.ifPresent(
                    t -> Lengths.check(ef, "title", t, EntryReader.MAX_TITLE_CHARACTERS, "a title is a few words"));
            Optional<EventDate> from = DateFields.required(ef, "from", "1962-03-23");
            Optional<EventDate> to = DateFields.optional(ef, "to");
            String summary = ef.optionalText("summary").orElse("");
            Lengths.check(ef, "summary", summary, EntryReader.MAX_SUMMARY_CHARACTERS, "one or two sentences");
            if (from.isPresent()
                    && to.isPresent()
                    && to.get().lastDay().isBefore(from.get().firstDay())) {
                ef.error(
                        ef.field("to").get().value().position(),
                        "era-ends-before-it-starts",
                        "the era '" + title.orElse("") + "' ends (" + to.get().display() + ") before it starts ("
                                + from.get().display() + ")",
                        "swap 'from' and 'to'");
                continue;
            }
            if (title.isPresent() && from.isPresent()) {
                read.add(new ReadEra(
                        new Profile.Era(title.get(), from.get(), to.orElse(null), summary),
                        ef.field("from").get().value().position()));
            }
        }
        read.sort(Comparator.comparing((ReadEra r) -> r.era().from().firstDay()));
        for (int i = 1; i < read.size(); i++) overlap(f, read.get(i - 1).era(), read.get(i));
        return read.stream().map(ReadEra::era).toList();
    }

    /**
     * Eras overlap when the later one certainly starts before the earlier one ends: a boundary
     * written less precisely ("to: 1991", "from: 1991-12-26") is read in the eras' favour, so
     * eras may share a boundary day, month or year.
     */
    private static void overlap(YamlFields f, Profile.Era earlier, ReadEra later) {
        LocalDate latestStart = later.era().from().lastDay();
        if (earlier.isOngoing()) {
            f.error(
                    later.at(),
                    "overlapping-eras",
                    "the era '" + later.era().title() + "' starts while '" + earlier.title()
                            + "', which has no end, still lasts",
                    "give '" + earlier.title() + "' a 'to:' date");
        } else if (latestStart.isBefore(earlier.to().firstDay())) {
            f.error(
                    later.at(),
                    "overlapping-eras",
                    "the era '" + later.era().title() + "' starts ("
                            + later.era().from().display() + ") before '" + earlier.title() + "' ends ("
                            + earlier.to().display() + ")",
                    "eras follow one another; move one of the two dates");
        }
    }

    private List<Pair> related(YamlFields f, Optional<Pair> self, Coverage coverage) {
        List<YamlValue.Scalar> items = f.scalarList("related");
        if (tooMany(f, "related", items, MAX_RELATED, "point to the few relations that matter most")) return List.of();
        Set<Pair> out = new LinkedHashSet<>();
        for (YamlValue.Scalar s : items) {
            String slug = s.text().strip();
            PairSlugs.Reading reading = pairSlugs.read(slug, coverage.pairSlugs());
            if (reading instanceof PairSlugs.Named n) {
                if (self.isPresent() && self.get().equals(n.pair())) {
                    f.error(
                            s.position(),
                            "related-to-itself",
                            "'" + slug + "' is the relation this profile is about",
                            "list other relations under 'related:'");
                } else if (!out.add(n.pair())) {
                    f.warning(s.position(), "duplicate-related", "'" + slug + "' is listed twice", "list it once");
                } else if (!coverage.pairs().contains(n.pair())) {
                    f.warning(
                            s.position(),
                            "no-entries",
                            n.pair().name() + " has no entries, so it is not linked",
                            "add an entry on it, or remove it from 'related:'");
                }
            } else if (reading instanceof PairSlugs.Reversed r) {
                f.error(
                        s.position(),
                        "reversed-pair",
                        "'" + slug + "' is " + r.pair().name() + ", written '"
                                + r.pair().slug() + "'",
                        "write '" + r.pair().slug() + "'");
            } else if (reading instanceof PairSlugs.Unknown u) {
                f.error(s.position(), "unknown-pair", u.message(), u.hint());
            }
        }
        return List.copyOf(out);
    }

    private static boolean tooMany(YamlFields f, String key, List<?> items, int max, String hint) {
        if (items.size() <= max) return false;
        f.error(
                f.field(key).get().keyPosition(),
                "too-many-" + key,
                "'" + key + "' lists " + items.size() + " items, more than the limit of " + max,
                hint);
        return true;
    }
}
