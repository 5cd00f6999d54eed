package org.relationstimeline.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.countries.Party;

/**
 * The site's settings from {@code site.yaml}; every key has a default.
 *
 * @param baseUrl absolute URL of the site root, ending in '/', e.g. https://user.github.io/repo/
 * @param topics topic key to label, in the order given
 * @param parties extra parties (organisations) usable in entries like countries
 * @param members an organisation's code to the codes of its member states, where {@code site.yaml}
 *     lists them (maps draw the organisation as its members)
 * @param trustedHtml when true, raw HTML in Markdown bodies is kept as written (trusted editors only)
 * @param domain custom domain for GitHub Pages (written to CNAME), or empty
 * @param requireSources when true, an entry that is not a draft must cite a source
 * @param cms where the in-browser editor commits, when the site publishes one at /admin/
 * @param maps whether pages show maps (on by default; {@code maps: false} leaves them and their
 *     shared assets out)
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        Map<String, String> topics,
        List<Party> parties,
        Map<String, List<String>> members,
        boolean trustedHtml,
        String domain,
        YamlLimits limits,
        boolean requireSources,
        Optional<CmsSettings> cms,
        boolean maps) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8080/";

    public static SiteConfig defaults() {
        return new SiteConfig(
                "Relations Timeline",
                "A curated timeline of relations between countries.",
                DEFAULT_BASE_URL,
                "en",
                Map.of(),
                List.of(),
                Map.of(),
                false,
                "",
                YamlLimits.DEFAULT,
                false,
                Optional.empty(),
                true);
    }

    public SiteConfig {
        // Sorted, not Map.copyOf: build fingerprints include this record's text, and the order of
        // Map.copyOf changes from one JVM to the next, which re-rendered every page of every build.
        Map<String, List<String>> sorted = new TreeMap<>();
        members.forEach((code, codes) -> sorted.put(code, List.copyOf(codes)));
        members = Collections.unmodifiableMap(sorted);
    }

    /** The members {@code site.yaml} lists for an organisation, by code; empty when it lists none. */
    public List<String> membersOf(Party party) {
        return members.getOrDefault(party.code(), List.of());
    }

    /** The label of a topic, or the key itself when the config does not name it. */
    public String topicLabel(String key) {
        return topics.getOrDefault(key, key);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(
                title,
                description,
                normaliseBaseUrl(url),
                language,
                topics,
                parties,
                members,
                trustedHtml,
                domain,
                limits,
                requireSources,
                cms,
                maps);
    }

    /** Ensures a trailing slash so that relative resolution keeps the last path segment. */
    public static String normaliseBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
