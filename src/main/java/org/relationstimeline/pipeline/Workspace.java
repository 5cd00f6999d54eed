package org.relationstimeline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.config.SiteConfigLoader;
import org.relationstimeline.content.ContentFinder;
import org.relationstimeline.content.ContentLoader;
import org.relationstimeline.content.EditorialLoader;
import org.relationstimeline.content.EntryCache;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.content.ProfileReader;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.images.ImageCatalog;
import org.relationstimeline.lint.BodyLinkCheck;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.render.BodyLinks;
import org.relationstimeline.site.SiteLinks;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.search.SearchIndex;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.Editorial;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;

/**
 * The loaded inputs of a project: config, registry, validated entries, and the profiles and
 * general pages beside them. Shared by build, check and serve, so all three see content the same way.
 *
 * @param fingerprint everything besides the content files that the entries depend on: the config
 *     file's bytes (not its parsed form, which may not show every field), the options that change
 *     it and the generator (which ships the registry); not where the command runs, so pages
 *     built from another folder are the same; empty when loaded to check
 * @param links what references in the entries' bodies lead to, for the renderer
 * @param images the local pictures the entries' bodies show, checked, for the renderer and the writer
 */
public record Workspace(
        SiteConfig config,
        CountryRegistry registry,
        ContentLoader.Loaded content,
        EditorialLoader.Loaded editorial,
        List<Problem> problems,
        String fingerprint,
        SiteLinks links,
        ImageCatalog images) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Content files read: entries, profiles and pages. */
    public int filesRead() {
        return content.filesRead() + editorial.filesRead();
    }

    /**
     * Loads to check, not to build: no cache, and without what only a build uses (the text search
     * indexes, the generator's fingerprint), which is a sixth of what check costs.
     */
    public static Workspace load(BuildOptions options) {
        return load(options, Optional.empty(), false);
    }

    /**
     * Loads to check, as {@link #load(BuildOptions)} does, with a cache of its own in
     * {@code cacheFolder}: an unchanged file is then neither read nor parsed again. Its records hold
     * less than a build's (no search text), so it is never the build's cache.
     */
    public static Workspace loadToCheck(BuildOptions options, Path cacheFolder) {
        return load(options, Optional.of(cacheFolder), false);
    }

    /**
     * Loads with a persistent cache of parsed files. Its stamp covers everything validation reads
     * besides the file itself: the config (topics, parties, limits), the registry shipped with the
     * generator, and how paths are shown.
     */
    public static Workspace load(BuildOptions options, Optional<Path> cacheFile) {
        return load(options, cacheFile, true);
    }

    private static Workspace load(BuildOptions options, Optional<Path> cacheFile, boolean toBuild) {
        List<Problem> problems = new ArrayList<>();
        String configName = BuildOptions.display(options.configFile());
        SiteConfigLoader.Result loadedConfig = SiteConfigLoader.load(options.configFile(), configName);
        problems.addAll(loadedConfig.problems());
        SiteConfig config = loadedConfig.config();
        if (options.baseUrl().isPresent())
            config = config.withBaseUrl(options.baseUrl().get());
        CountryRegistry registry = CountryRegistry.loadDefault();
        try {
            registry = registry.withExtraParties(config.parties());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(
                    configName, 0, 0, "party-clash", e.getMessage(), "give the party another code or alias"));
        }
        problems.addAll(unknownMembers(config, registry, configName));
        EntryReader reader = new EntryReader(registry, config.topics(), config.limits(), config.requireSources());
        String display = BuildOptions.display(options.content());
        String fingerprint = toBuild
                ? Hashes.of(configBytes(options.configFile()) + "|"
                        + options.baseUrl().orElse("") + "|" + GeneratorVersion.fingerprint())
                : "";
        // Problems name files as shown from where the command runs, so the cache depends on that too.
        // check's cache holds less than a build's, and check skips the fingerprint of the generator's
        // code (it reads the whole jar's index): the config and the jar's identity stand for them.
        String stamp = toBuild
                ? fingerprint
                : "check|" + configBytes(options.configFile()) + "|" + GeneratorVersion.identity();
        EntryCache cache = cacheFile.isPresent() && !problems.stream().anyMatch(Problem::isError)
                ? EntryCache.open(cacheFile.get(), Hashes.of(stamp + "|" + display), registry)
                : EntryCache.none();
        ContentFinder.Found found = ContentFinder.find(options.content(), display);
        ContentLoader.Loaded content = new ContentLoader(reader, e -> workedOut(e, toBuild))
                .load(found, options.content(), display, options.drafts(), cache);
        problems.addAll(content.problems());
        // Links are checked against the whole set of entries, so on every run rather than per file in the cache.
        UrlScheme urls = new UrlScheme(config.baseUrl());
        SiteLinks links = SiteLinks.of(content.entries(), registry, urls);
        problems.addAll(new BodyLinkCheck(links, config.trustedHtml()).check(content.entries(), display));
        EditorialLoader.Loaded editorial = new EditorialLoader(registry, config.limits())
                .load(found, options.content(), display, coverage(content.entries()));
        problems.addAll(editorial.problems());
        // Pictures are read on every run too: one may change while the bodies that show it do not.
        ImageCatalog.Loaded images = ImageCatalog.load(
                bodies(content.entries(), editorial), options.content(), display, config.limits(), urls);
        problems.addAll(images.problems());
        problems.sort(Problem.ORDER);
        return new Workspace(
                config, registry, content, editorial, List.copyOf(problems), fingerprint, links, images.catalog());
    }

    /**
     * What is worked out once of a parsed entry's body and kept with it: its links, which every
     * run checks, and, to build, what search keeps of it.
     */
    private static Entry workedOut(Entry e, boolean toBuild) {
        String markdown = e.body();
        Entry withLinks = e.withBodyLinks(BodyLinks.of(markdown));
        return toBuild ? withLinks.withBodySearch(SearchIndex.bodySearch(markdown)) : withLinks;
    }

    /** Every Markdown body of the project: entries, profiles and general pages. */
    private static List<ImageCatalog.Body> bodies(List<Entry> entries, EditorialLoader.Loaded editorial) {
        List<ImageCatalog.Body> out = new ArrayList<>();
        entries.forEach(e -> out.add(ImageCatalog.Body.of(e)));
        Editorial e = editorial.editorial();
        e.pairProfiles().values().forEach(p -> out.add(ImageCatalog.Body.of(p.path(), p.body())));
        e.partyProfiles().values().forEach(p -> out.add(ImageCatalog.Body.of(p.path(), p.body())));
        e.pages().forEach(p -> out.add(ImageCatalog.Body.of(p.path(), p.body())));
        return out;
    }

    /** The relations and parties the entries are on: profiles are published for these. */
    private static ProfileReader.Coverage coverage(List<Entry> entries) {
        Set<Pair> pairs = new HashSet<>();
        Set<Party> parties = new HashSet<>();
        for (Entry e : entries) {
            pairs.addAll(e.pairs());
            parties.addAll(e.parties());
        }
        return ProfileReader.Coverage.of(pairs, parties);
    }

    /** Member codes that are not countries of the registry: maps leave them out, and the editor hears why. */
    private static List<Problem> unknownMembers(SiteConfig config, CountryRegistry registry, String configName) {
        List<Problem> out = new ArrayList<>();
        config.members().forEach((organisation, codes) -> {
            for (String code : codes) {
                boolean country = registry.byCode(code)
                        .map(p -> p.kind() == Party.Kind.COUNTRY)
                        .orElse(false);
                if (!country) {
                    out.add(Problem.warning(
                            configName,
                            0,
                            0,
                            "unknown-member",
                            "party '" + organisation + "' lists member '" + code
                                    + "', which is not a country code; its maps leave it out",
                            "members are ISO 3166 alpha-2 codes such as FR"));
                }
            }
        });
        return out;
    }

    /** The hash of the config file as stored; a missing or unreadable file is its own state. */
    private static String configBytes(Path file) {
        try {
            return Files.exists(file) ? Hashes.of(Files.readAllBytes(file)) : "no-config";
        } catch (IOException e) {
            return "unreadable-config";
        }
    }
}
