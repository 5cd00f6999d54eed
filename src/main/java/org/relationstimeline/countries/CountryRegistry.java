package org.relationstimeline.countries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relationstimeline.text.DidYouMean;
import org.relationstimeline.text.Slugs;

/** Lookups over all parties by code, alpha-3, name, alias (case- and accent-insensitive), slug. */
public final class CountryRegistry {

    /** The bundled data file, next to this class on the classpath. */
    static final String DEFAULT_RESOURCE = "countries.tsv";

    private static final String[] HEADER =
            {"code", "alpha3", "name", "slug", "kind", "aliases", "demonyms", "capitals"};

    private final List<Party> all;
    private final Index index;
    /** Normalised name/alias/code -> party, the vocabulary "did you mean" searches. */
    private final Map<String, Party> suggestions;
    private final Map<String, Party> textMentions;

    private CountryRegistry(Index index) {
        this.index = index;
        List<Party> sorted = new ArrayList<>(index.parties);
        sorted.sort(Comparator.comparing(Party::slug));
        this.all = List.copyOf(sorted);
        this.suggestions = buildSuggestions(all);
        this.textMentions = buildTextMentions(all);
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
     * Reads a countries TSV (header line, {@code #} comments, blank lines ignored).
     *
     * @throws IllegalStateException naming {@code sourceName} and the line of a malformed row or duplicate key
     */
    public static CountryRegistry parse(Reader tsv, String sourceName) {
        Index index = new Index();
        // Identity map: two parties could in theory be equal records, but they sit on different lines.
        Map<Party, Integer> lineOf = new IdentityHashMap<>();
        BufferedReader reader = tsv instanceof BufferedReader b ? b : new BufferedReader(tsv);
        boolean headerSeen = false;
        int lineNo = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1); // editors add BOMs
                if (line.isBlank() || line.startsWith("#")) continue;
                String where = sourceName + ":" + lineNo + ": ";
                if (!headerSeen) {
                    checkHeader(line, where);
                    headerSeen = true;
                    continue;
                }
                Party party;
                try {
                    party = parseRow(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + e.getMessage(), e);
                }
                Clash clash = index.add(party);
                if (clash != null) {
                    String other = clash.other() == null ? "" : " (line " + lineOf.get(clash.other()) + ")";
                    throw new IllegalStateException(where + clash.message() + other);
                }
                lineOf.put(party, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + " (at line " + lineNo + ")", e);
        }
        if (!headerSeen) throw new IllegalStateException(sourceName + ": no header line");
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
        Index copy = index.copy();
        for (Party extra : extras) {
            Clash clash = copy.add(extra);
            if (clash != null) {
                throw new IllegalArgumentException("party '" + extra.code() + "' (" + extra.name() + "): " + clash.message());
            }
        }
        return new CountryRegistry(copy);
    }

    /**
     * The party a code, alpha-3 code, name or alias denotes; case, accents, spacing and dots do not
     * matter ("U.S." finds "US"). Demonyms and capitals are deliberately not matched: "Moscow" in a
     * config file is more likely a mistake than a party.
     */
    public Optional<Party> find(String text) {
        if (text == null) return Optional.empty();
        String key = normalize(text);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(index.keys.get(key));
    }

    /** The party whose slug is exactly {@code slug}. */
    public Optional<Party> bySlug(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(index.slugs.get(slug));
    }

    /** The party whose code is {@code code}, ignoring case. */
    public Optional<Party> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(index.codes.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Canonical names of the parties whose name, alias or code is closest to {@code text}, closest first. */
    public List<String> suggest(String text, int max) {
        if (text == null || max <= 0) return List.of();
        String word = normalize(text);
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

    /**
     * Every phrase that names a party in running text (names, aliases of 4+ chars or all-caps abbreviations, demonyms, capitals) mapped to its party, for article import.
     * Iteration order is longest phrase first, so a greedy matcher tries "South Sudan" before "Sudan".
     */
    public Map<String, Party> textMentions() {
        return textMentions;
    }

    /**
     * The comparison form of a phrase: accents stripped, lower case, dots and apostrophes dropped,
     * any other run of non-alphanumerics (spaces, hyphens, commas, brackets) turned into one space.
     */
    static String normalize(String text) {
        String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019') continue;
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) out.append(' ');
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) return false;
        }
        return true;
    }

    private static void checkHeader(String line, String where) {
        List<String> columns = split(line, '\t');
        List<String> expected = List.of(HEADER);
        if (!columns.stream().map(String::strip).toList().equals(expected)) {
            throw new IllegalStateException(where + "header must be '" + String.join("\\t", HEADER)
                    + "', found '" + line.replace("\t", "\\t") + "'");
        }
    }

    private static Party parseRow(String line) {
        List<String> f = split(line, '\t');
        if (f.size() != HEADER.length) {
            throw new IllegalArgumentException("expected " + HEADER.length + " tab-separated columns, found " + f.size());
        }
        String code = f.get(0).strip();
        String alpha3 = f.get(1).strip();
        String name = f.get(2).strip();
        String slug = f.get(3).strip();
        Party.Kind kind = parseKind(f.get(4).strip());
        if (kind != Party.Kind.ORGANIZATION) {
            if (!isUpperLetters(code, 2)) throw new IllegalArgumentException("code '" + code + "' is not two capital letters");
            if (!isUpperLetters(alpha3, 3)) throw new IllegalArgumentException("alpha3 '" + alpha3 + "' is not three capital letters");
        }
        if (name.isEmpty()) throw new IllegalArgumentException("name is empty");
        // Slugs are stored rather than derived so that a changed slugifier cannot silently move pages.
        String expectedSlug = Slugs.slugify(name);
        if (!slug.equals(expectedSlug)) {
            throw new IllegalArgumentException("slug '" + slug + "' does not match name '" + name + "' (expected '" + expectedSlug + "')");
        }
        return new Party(code, alpha3, name, slug, kind,
                parseList(f.get(5), "aliases"), parseList(f.get(6), "demonyms"), parseList(f.get(7), "capitals"));
    }

    private static Party.Kind parseKind(String kind) {
        return switch (kind) {
            case "country" -> Party.Kind.COUNTRY;
            case "historical" -> Party.Kind.HISTORICAL;
            case "organization" -> Party.Kind.ORGANIZATION;
            default -> throw new IllegalArgumentException("kind '" + kind + "' is not one of country, historical, organization");
        };
    }

    private static List<String> parseList(String field, String column) {
        String trimmed = field.strip();
        if (trimmed.isEmpty()) return List.of();
        List<String> items = split(trimmed, '|');
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            String value = item.strip();
            if (value.isEmpty()) throw new IllegalArgumentException("empty entry in " + column + " '" + field + "'");
            out.add(value);
        }
        return out;
    }

    /** String.split without the regex and without dropping trailing empty fields (empty columns are data). */
    private static List<String> split(String s, char sep) {
        List<String> parts = new ArrayList<>(8);
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, start)) {
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static boolean isUpperLetters(String s, int length) {
        if (s.length() != length) return false;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    private static Map<String, Party> buildSuggestions(List<Party> parties) {
        Map<String, Party> map = new HashMap<>();
        for (Party p : parties) {
            map.putIfAbsent(normalize(p.name()), p);
            for (String alias : p.aliases()) map.putIfAbsent(normalize(alias), p);
            map.putIfAbsent(normalize(p.code()), p);
            if (!p.alpha3().isEmpty()) map.putIfAbsent(normalize(p.alpha3()), p);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Party> buildTextMentions(List<Party> parties) {
        Map<String, Party> found = new HashMap<>();
        for (Party p : parties) {
            found.putIfAbsent(p.name(), p);
            for (String alias : p.aliases()) {
                boolean abbreviation = isAbbreviation(alias);
                // Short lower-case aliases are too likely to be ordinary words in running text.
                if (alias.length() >= 4 || abbreviation) found.putIfAbsent(alias, p);
                // Newspapers write both "U.S." and "US"; the data file can hold only one of them.
                if (abbreviation && alias.indexOf('.') >= 0) found.putIfAbsent(alias.replace(".", ""), p);
            }
            for (String demonym : p.demonyms()) found.putIfAbsent(demonym, p);
            for (String capital : p.capitals()) found.putIfAbsent(capital, p);
        }
        List<String> phrases = new ArrayList<>(found.keySet());
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Party> ordered = new LinkedHashMap<>();
        for (String phrase : phrases) ordered.put(phrase, found.get(phrase));
        return Collections.unmodifiableMap(ordered);
    }

    /** "USSR", "U.K.", "DPRK": at least two capital letters, only capitals and dots. */
    private static boolean isAbbreviation(String alias) {
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (c == '.') continue;
            if (!Character.isUpperCase(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /** Why a party could not be added, and the party already holding the key. */
    private record Clash(String message, Party other) {}

    /** Who holds a normalised phrase, remembered so a clash message can say what it clashed with. */
    private record Claim(Party party, String field, String phrase) {}

    /** The lookup tables, built party by party with clash checks; copied, never shared, when extended. */
    private static final class Index {
        final List<Party> parties;
        /** find() keys: code, alpha-3, name, aliases. */
        final Map<String, Party> keys;
        /** Every phrase of every party, demonyms and capitals included, so text import is unambiguous. */
        final Map<String, Claim> claims;
        final Map<String, Party> slugs;
        final Map<String, Party> codes;

        Index() {
            this(new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        }

        private Index(List<Party> parties, Map<String, Party> keys, Map<String, Claim> claims,
                      Map<String, Party> slugs, Map<String, Party> codes) {
            this.parties = parties;
            this.keys = keys;
            this.claims = claims;
            this.slugs = slugs;
            this.codes = codes;
        }

        Index copy() {
            return new Index(new ArrayList<>(parties), new HashMap<>(keys), new HashMap<>(claims),
                    new HashMap<>(slugs), new HashMap<>(codes));
        }

        /** Adds the party, or leaves the index untouched and returns the first clash. */
        Clash add(Party p) {
            Party slugOwner = slugs.get(p.slug());
            if (slugOwner != null) {
                return new Clash("slug '" + p.slug() + "' is already used by " + slugOwner.name(), slugOwner);
            }
            String code = p.code().toUpperCase(Locale.ROOT);
            Party codeOwner = codes.get(code);
            if (codeOwner != null) {
                return new Clash("code '" + p.code() + "' is already the code of " + codeOwner.name(), codeOwner);
            }
            List<Claim> mine = new ArrayList<>();
            mine.add(new Claim(p, "code", p.code()));
            if (!p.alpha3().isEmpty()) mine.add(new Claim(p, "alpha3", p.alpha3()));
            mine.add(new Claim(p, "name", p.name()));
            for (String a : p.aliases()) mine.add(new Claim(p, "alias", a));
            int findable = mine.size(); // claims before this index are find() keys
            for (String d : p.demonyms()) mine.add(new Claim(p, "demonym", d));
            for (String c : p.capitals()) mine.add(new Claim(p, "capital", c));

            List<String> normalized = new ArrayList<>(mine.size());
            for (Claim claim : mine) {
                String key = normalize(claim.phrase());
                if (key.isEmpty()) {
                    return new Clash(claim.field() + " '" + claim.phrase() + "' of " + p.name() + " has no letters or digits", null);
                }
                Claim held = claims.get(key);
                if (held != null && held.party() != p) {
                    return new Clash(claim.field() + " '" + claim.phrase() + "' of " + p.name() + " clashes with "
                            + held.field() + " '" + held.phrase() + "' of " + held.party().name(), held.party());
                }
                normalized.add(key);
            }
            for (int i = 0; i < mine.size(); i++) {
                claims.putIfAbsent(normalized.get(i), mine.get(i));
                if (i < findable) keys.putIfAbsent(normalized.get(i), p);
            }
            slugs.put(p.slug(), p);
            codes.put(code, p);
            parties.add(p);
            return null;
        }
    }
}
