package org.relationstimeline.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.text.DidYouMean;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;

/**
 * What the links of entry bodies that point inside the site resolve to, for the entries of one
 * build. A reference names a page by what it is about, so it survives a change of base path or of
 * address: {@code entry:SLUG} (or {@code entry:YEAR/SLUG}, or the entry's file path), {@code
 * pair:DZ-RU} (two parties in any order, or the pair's slug) and {@code country:DZ} (any name the
 * registry knows), each optionally followed by {@code #fragment}. A root-relative path
 * ("/entries/1951/x/") is taken as relative to the base path; a relative one is left to the browser.
 */
public final class SiteLinks implements LocalLinks {
    /** The reference schemes, as written before the colon. */
    public static final List<String> SCHEMES = List.of("entry", "pair", "country");

    private final UrlScheme urls;
    private final CountryRegistry registry;
    private final List<Entry> entries;
    private final Map<String, List<Entry>> bySlug = new HashMap<>();
    private final Map<String, Entry> byYearSlug = new HashMap<>();
    private final Map<String, Pair> pairsBySlug = new LinkedHashMap<>();
    private final Set<Party> partiesWithPages = new LinkedHashSet<>();
    /** Page paths below the base ("entries/2023/x/") to the reference that names them. */
    private final Map<String, String> referenceByPath = new HashMap<>();

    private SiteLinks(List<Entry> entries, CountryRegistry registry, UrlScheme urls) {
        this.urls = urls;
        this.registry = registry;
        this.entries = entries;
        for (Entry e : entries) {
            bySlug.computeIfAbsent(e.slug(), k -> new ArrayList<>()).add(e);
            byYearSlug.put(e.year() + "/" + e.slug(), e);
            e.pairs().forEach(p -> pairsBySlug.put(p.slug(), p));
            partiesWithPages.addAll(e.parties());
        }
        for (Entry e : entries) referenceByPath.put(belowBase(urls.entry(e)), "entry:" + entryName(e));
        pairsBySlug
                .values()
                .forEach(p -> referenceByPath.put(
                        belowBase(urls.pair(p)),
                        "pair:" + p.first().code() + "-" + p.second().code()));
        partiesWithPages.forEach(p -> referenceByPath.put(belowBase(urls.country(p)), "country:" + p.code()));
    }

    /** The links of a site made of {@code entries}, drafts included only if they are published. */
    public static SiteLinks of(List<Entry> entries, CountryRegistry registry, UrlScheme urls) {
        return new SiteLinks(List.copyOf(entries), registry, urls);
    }

    /** What a destination written in a body leads to. */
    public sealed interface Target {
        /** A reference that names a page: its URL, base path and fragment included. */
        record Page(String url) implements Target {}

        /** A reference that names nothing: why, and what to write instead. */
        record Broken(String message, String hint) implements Target {}

        /** A path on the site, written as {@code url}: not checked, and not safe from a move. */
        record SitePath(String url) implements Target {}

        /** A web or mail address, an anchor or another scheme: written as it is. */
        record Elsewhere() implements Target {}
    }

    @Override
    public String href(String destination) {
        Target target = resolve(destination);
        if (target instanceof Target.Page page) return page.url();
        if (target instanceof Target.SitePath path) return path.url();
        // A broken reference keeps its scheme, so the sanitiser drops it (the build has reported it).
        return destination;
    }

    public Target resolve(String destination) {
        String d = destination.strip();
        Optional<String> scheme = scheme(d);
        if (scheme.isPresent() && SCHEMES.contains(scheme.get())) {
            int hash = d.indexOf('#');
            String name = d.substring(scheme.get().length() + 1, hash < 0 ? d.length() : hash)
                    .strip();
            String fragment = hash < 0 ? "" : d.substring(hash);
            Target target = switch (scheme.get()) {
                case "entry" -> entry(name, d);
                case "pair" -> pair(name, d);
                default -> country(name, d);
            };
            return target instanceof Target.Page page ? new Target.Page(page.url() + fragment) : target;
        }
        if (scheme.isPresent() || d.startsWith("#") || d.startsWith("//") || d.isEmpty()) return new Target.Elsewhere();
        return new Target.SitePath(d.startsWith("/") ? urls.basePath() + d.substring(1) : d);
    }

    /**
     * The reference that names the page a site path written in {@code from}'s body leads to, so a
     * warning can say what to write instead; empty when the path is not a page of the site.
     */
    public Optional<String> referenceFor(String sitePath, Entry from) {
        String path = sitePath.replaceFirst("[?#].*$", "");
        String resolved;
        try {
            URI page = URI.create("/" + belowBase(urls.entry(from)));
            resolved = page.resolve(URI.create(path)).normalize().getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // Written with the base path ("/repo/entries/..."), it would get it twice.
        if (!urls.basePath().equals("/") && resolved.startsWith(urls.basePath())) {
            resolved = resolved.substring(urls.basePath().length() - 1);
        }
        String below = resolved.replaceFirst("^/+", "");
        if (!below.isEmpty() && !below.endsWith("/")) below += "/";
        return Optional.ofNullable(referenceByPath.get(below));
    }

    /** The scheme of a destination, lower case ("https", "entry"), or empty for a path. */
    static Optional<String> scheme(String destination) {
        int colon = destination.indexOf(':');
        if (colon <= 0) return Optional.empty();
        String scheme = destination.substring(0, colon);
        if (!scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) return Optional.empty();
        return Optional.of(scheme.toLowerCase(Locale.ROOT));
    }

    private Target entry(String name, String written) {
        List<Entry> found = findEntries(name);
        if (found.size() == 1) return new Target.Page(urls.entry(found.get(0)));
        if (found.size() > 1) {
            List<String> names =
                    found.stream().map(e -> e.year() + "/" + e.slug()).toList();
            return new Target.Broken(
                    "link '" + written + "' matches " + found.size() + " entries: " + String.join(", ", names),
                    "write 'entry:" + names.get(0) + "' or 'entry:" + names.get(1) + "'");
        }
        String hint = didYouMean("entry", name, bySlug.keySet());
        return new Target.Broken(
                "link '" + written + "' names no entry",
                hint.isEmpty()
                        ? "write entry: and an entry's slug (the last part of its address), YEAR/SLUG, or its file path"
                        : hint);
    }

    private List<Entry> findEntries(String name) {
        String n = name.replaceAll("^/+|/+$", "");
        if (n.endsWith(".md")) {
            return entries.stream()
                    .filter(e -> e.path().equals(n) || e.path().endsWith("/" + n))
                    .toList();
        }
        if (byYearSlug.containsKey(n)) return List.of(byYearSlug.get(n));
        return bySlug.getOrDefault(n.toLowerCase(Locale.ROOT), List.of());
    }

    /** "DZ-RU", "Algeria-Russia" or the pair's slug "algeria-russia". */
    private Target pair(String name, String written) {
        Pair bySlugName = pairsBySlug.get(name.toLowerCase(Locale.ROOT));
        if (bySlugName != null) return new Target.Page(urls.pair(bySlugName));
        for (int i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) {
            Optional<Party> a = registry.find(name.substring(0, i));
            Optional<Party> b = registry.find(name.substring(i + 1));
            if (a.isEmpty() || b.isEmpty()) continue;
            Pair pair = Pair.of(a.get(), b.get());
            if (a.get().equals(b.get())) {
                return new Target.Broken(
                        "link '" + written + "' names " + a.get().name() + " twice",
                        "name two parties, as in pair:DZ-RU");
            }
            if (pairsBySlug.containsKey(pair.slug())) return new Target.Page(urls.pair(pair));
            return new Target.Broken(
                    "link '" + written + "' names the pair " + pair.name() + ", which has no timeline: no entry"
                            + " names both",
                    "link to one party with 'country:" + a.get().code() + "', or add the entry first");
        }
        Set<String> known = new TreeSet<>(pairsBySlug.keySet());
        pairsBySlug
                .values()
                .forEach(p -> known.add(p.first().code() + "-" + p.second().code()));
        String hint = didYouMean("pair", name, known);
        return new Target.Broken(
                "link '" + written + "' names no pair",
                hint.isEmpty() ? "write pair: and two parties joined by '-', as in pair:DZ-RU" : hint);
    }

    private Target country(String name, String written) {
        Optional<Party> party = registry.find(name).or(() -> registry.bySlug(name.toLowerCase(Locale.ROOT)));
        if (party.isPresent() && partiesWithPages.contains(party.get()))
            return new Target.Page(urls.country(party.get()));
        if (party.isPresent()) {
            return new Target.Broken(
                    "link '" + written + "' names " + party.get().name() + ", which has no page: no entry names it",
                    "add the entry first, or link to a party that has entries");
        }
        List<String> close = registry.suggest(name, 1);
        return new Target.Broken(
                "link '" + written + "' names no country",
                close.isEmpty()
                        ? "write country: and an ISO code or English name, as in country:DZ"
                        : "did you mean 'country:" + close.get(0) + "'?");
    }

    /** "did you mean 'entry:treaty-of-paris'?", or empty when nothing is close. */
    private static String didYouMean(String scheme, String name, java.util.Collection<String> candidates) {
        List<String> close = DidYouMean.suggest(name, candidates, 1);
        return close.isEmpty() ? "" : "did you mean '" + scheme + ":" + close.get(0) + "'?";
    }

    /** The shortest reference that names an entry alone: its slug, or its year and slug when the slug repeats. */
    private String entryName(Entry e) {
        return bySlug.get(e.slug()).size() == 1 ? e.slug() : e.year() + "/" + e.slug();
    }

    private String belowBase(String url) {
        return url.substring(urls.basePath().length());
    }
}
