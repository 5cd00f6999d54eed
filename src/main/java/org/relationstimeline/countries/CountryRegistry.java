package org.relationstimeline.countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relationstimeline.text.DidYouMean;

/**
 * All parties an entry may name, looked up by code, alpha-3, name or alias (case- and
 * accent-insensitive) or slug. The data file is read by {@link CountryTsv}, the tables are kept
 * by {@link PartyIndex}; finding parties in running text is {@link PartyMentions}' job.
 */
public final class CountryRegistry {

    /** The bundled data file, next to this class on the classpath. */
    static final String DEFAULT_RESOURCE = "countries.tsv";

    private final List<Party> all;
    private final PartyIndex index;
    /** Normalised name/alias/code -> party, the vocabulary "did you mean" searches. */
    private final Map<String, Party> suggestions;

    private CountryRegistry(PartyIndex index) {
        this.index = index;
        List<Party> sorted = new ArrayList<>(index.parties());
        sorted.sort(Comparator.comparing(Party::slug));
        this.all = List.copyOf(sorted);
        this.suggestions = buildSuggestions(all);
    }

    /** Parsing happens once per JVM: the registry is immutable and every build asks for it. */
    private static final class DefaultHolder {
        static final CountryRegistry INSTANCE = load();

        private static CountryRegistry load() {
            InputStream in = CountryRegistry.class.getResourceAsStream(DEFAULT_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("bundled " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(reader, DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + DEFAULT_RESOURCE, e);
            }
        }
    }

    /** The countries and former states bundled with the generator. */
    public static CountryRegistry loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /**
     * Reads a countries TSV (see {@link CountryTsv}).
     *
     * @throws IllegalStateException naming {@code sourceName} and the line of a malformed row or duplicate key
     */
    public static CountryRegistry parse(Reader tsv, String sourceName) {
        PartyIndex index = new PartyIndex();
        // Identity map: two parties could in theory be equal records, but they sit on different lines.
        Map<Party, Integer> lineOf = new IdentityHashMap<>();
        for (CountryTsv.Row row : CountryTsv.read(tsv, sourceName)) {
            List<PartyClash> clashes = index.add(row.party());
            if (!clashes.isEmpty()) {
                PartyClash clash = clashes.get(0);
                String other = clash.other() == null ? "" : " (line " + lineOf.get(clash.other()) + ")";
                throw new IllegalStateException(sourceName + ":" + row.line() + ": " + clash.message() + other);
            }
            lineOf.put(row.party(), row.line());
        }
        return new CountryRegistry(index);
    }

    /**
     * A registry with the given parties (usually organisations from the site config) added.
     *
     * @throws IllegalArgumentException naming the clash when an extra's code, name, alias, demonym,
     *     capital or slug already names another party
     */
    public CountryRegistry withExtraParties(List<Party> extras) {
        if (extras.isEmpty()) return this;
        PartyIndex copy = index.copy();
        for (Party extra : extras) {
            List<PartyClash> clashes = copy.add(extra);
            if (!clashes.isEmpty()) {
                throw new IllegalArgumentException("party '" + extra.code() + "' (" + extra.name() + "): "
                        + clashes.get(0).message());
            }
        }
        return new CountryRegistry(copy);
    }

    /** Every reason {@link #withExtraParties} would refuse this party; empty when it would take it. */
    public List<PartyClash> clashesOf(Party extra) {
        return index.clashesOf(extra);
    }

    /**
     * The party a code, alpha-3 code, name or alias denotes; case, accents, spacing and dots do not
     * matter ("U.S." finds "US"). Demonyms and capitals are deliberately not matched: "Moscow" in a
     * config file is more likely a mistake than a party.
     */
    public Optional<Party> find(String text) {
        if (text == null) return Optional.empty();
        String key = PartyIndex.normalize(text);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(index.byKey(key));
    }

    /** The party whose slug is exactly {@code slug}. */
    public Optional<Party> bySlug(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(index.bySlug(slug));
    }

    /** The party whose code is {@code code}, ignoring case. */
    public Optional<Party> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(index.byCode(code));
    }

    /** Canonical names of the parties whose name, alias or code is closest to {@code text}, closest first. */
    public List<String> suggest(String text, int max) {
        if (text == null || max <= 0) return List.of();
        String word = PartyIndex.normalize(text);
        if (word.isEmpty()) return List.of();
        // Ask for every close candidate: several may belong to one party and collapse into one name.
        List<String> close = DidYouMean.suggest(word, suggestions.keySet(), suggestions.size());
        Set<String> names = new LinkedHashSet<>();
        for (String candidate : close) {
            names.add(suggestions.get(candidate).name());
            if (names.size() == max) break;
        }
        return List.copyOf(names);
    }

    /** Every party, sorted by slug. */
    public List<Party> all() {
        return all;
    }

    private static Map<String, Party> buildSuggestions(List<Party> parties) {
        Map<String, Party> map = new HashMap<>();
        for (Party p : parties) {
            map.putIfAbsent(PartyIndex.normalize(p.name()), p);
            for (String alias : p.aliases()) map.putIfAbsent(PartyIndex.normalize(alias), p);
            map.putIfAbsent(PartyIndex.normalize(p.code()), p);
            if (!p.alpha3().isEmpty()) map.putIfAbsent(PartyIndex.normalize(p.alpha3()), p);
        }
        return Collections.unmodifiableMap(map);
    }
}
