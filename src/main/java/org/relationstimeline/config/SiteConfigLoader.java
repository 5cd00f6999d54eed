package org.relationstimeline.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relationstimeline.content.YamlFields;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.content.YamlLoader;
import org.relationstimeline.content.YamlValue;
import org.relationstimeline.problems.Position;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.Slugs;
import org.relationstimeline.text.TextDecoder;

/** Reads {@code site.yaml}; problems are collected like content problems. */
public final class SiteConfigLoader {
    static final List<String> KEYS = List.of(
            "title",
            "description",
            "base_url",
            "language",
            "topics",
            "parties",
            "trusted_html",
            "domain",
            "limits",
            "require_sources",
            CmsSettingsReader.KEY,
            "maps");
    private static final List<String> LIMIT_KEYS = List.of(
            "max_file_bytes", "max_front_matter_bytes", "max_parties_per_entry", "max_image_bytes", "max_image_pixels");

    /** A DNS host name: dot-separated labels of letters, digits and inner hyphens, at least two labels. */
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "(?i)(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private SiteConfigLoader() {}

    /** The loaded config and what was wrong with it. */
    public record Result(SiteConfig config, List<Problem> problems) {}

    /** Loads the file; a missing file gives the defaults without a problem. */
    public static Result load(Path file, String displayName) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.exists(file)) return new Result(SiteConfig.defaults(), problems);
        YamlValue root;
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file));
            root = new YamlLoader(YamlLimits.DEFAULT).load(text, 1);
        } catch (IOException e) {
            problems.add(Problem.error(
                    displayName, 0, 0, "unreadable", "cannot read the site config: " + e.getMessage(), ""));
            return new Result(SiteConfig.defaults(), problems);
        } catch (TextDecoder.MalformedTextException e) {
            problems.add(Problem.error(displayName, 0, 0, "encoding", e.getMessage(), "save the file as UTF-8"));
            return new Result(SiteConfig.defaults(), problems);
        } catch (YamlLoader.YamlException e) {
            problems.add(
                    Problem.error(displayName, e.position().line(), e.position().column(), "yaml", e.getMessage(), ""));
            return new Result(SiteConfig.defaults(), problems);
        }
        if (!(root instanceof YamlValue.Mapping mapping)) {
            problems.add(Problem.error(
                    displayName, 1, 1, "wrong-type", "the site config must be a mapping of keys to values", ""));
            return new Result(SiteConfig.defaults(), problems);
        }
        return new Result(read(new YamlFields(displayName, mapping, problems), problems), problems);
    }

    private static SiteConfig read(YamlFields f, List<Problem> problems) {
        SiteConfig d = SiteConfig.defaults();
        f.warnUnknownKeys(KEYS, "site config");
        String title = f.optionalText("title").orElse(d.title());
        String description = f.optionalText("description").orElse(d.description());
        String baseUrl = SiteConfig.normaliseBaseUrl(f.optionalText("base_url").orElse(d.baseUrl()));
        Optional<String> badUrl = BaseUrl.problem(baseUrl);
        if (badUrl.isPresent()) {
            f.error(
                    f.field("base_url").map(YamlValue.Field::keyPosition).orElse(Position.FILE), "bad-url",
                    badUrl.get(), "e.g. https://user.github.io/repo/");
            baseUrl = d.baseUrl();
        }
        String language = f.optionalText("language").orElse(d.language());
        boolean trusted = f.bool("trusted_html", false);
        String domain = f.optionalText("domain").orElse("").strip();
        if (!domain.isEmpty() && !DOMAIN.matcher(domain).matches()) {
            // CNAME must hold a bare host name; GitHub Pages ignores anything else.
            f.error(
                    f.field("domain").map(YamlValue.Field::keyPosition).orElse(Position.FILE),
                    "bad-domain",
                    "domain must be a host name such as timeline.example.org, not '" + domain + "'",
                    "leave out the scheme, the path and the port");
            domain = "";
        }
        PartiesSection.Parties parties = PartiesSection.read(f);
        return new SiteConfig(
                title,
                description,
                baseUrl,
                language,
                topics(f),
                parties.parties(),
                parties.members(),
                trusted,
                domain,
                limits(f, problems),
                f.bool("require_sources", false),
                CmsSettingsReader.read(f),
                f.bool("maps", true));
    }

    private static Map<String, String> topics(YamlFields f) {
        Map<String, String> topics = new LinkedHashMap<>();
        Optional<YamlValue.Field> field = f.field("topics");
        if (field.isEmpty()) return topics;
        YamlValue v = field.get().value();
        if (v instanceof YamlValue.Mapping m) {
            for (YamlValue.Field t : m.fields().values()) {
                String label = f.scalarText(t.key(), t.value()).orElse(t.key());
                addTopic(f, topics, t.key(), label.isBlank() ? t.key() : label, t.keyPosition());
            }
        } else {
            for (YamlValue item : f.list("topics")) {
                f.scalarText("topics", item).ifPresent(key -> addTopic(f, topics, key, key, item.position()));
            }
        }
        return topics;
    }

    private static void addTopic(YamlFields f, Map<String, String> topics, String key, String label, Position at) {
        if (!Slugs.isSlug(key)) {
            f.error(
                    at,
                    "bad-topic",
                    "topic key '" + key + "' must be lowercase letters, digits and hyphens",
                    "use '" + Slugs.slugify(key) + "'");
            return;
        }
        topics.put(key, label);
    }

    private static YamlLimits limits(YamlFields f, List<Problem> problems) {
        YamlLimits d = YamlLimits.DEFAULT;
        Optional<YamlValue.Field> field = f.field("limits");
        if (field.isEmpty() || !(field.get().value() instanceof YamlValue.Mapping m)) return d;
        YamlFields lf = new YamlFields(f.file(), m, problems);
        lf.warnUnknownKeys(LIMIT_KEYS, "limits");
        int file = positive(lf, "max_file_bytes", d.maxFileBytes());
        int front = positive(lf, "max_front_matter_bytes", d.maxFrontMatterBytes());
        int parties = partyLimit(lf, d.maxPartiesPerEntry());
        int imageBytes = positive(lf, "max_image_bytes", d.maxImageBytes());
        long imagePixels = positiveLong(lf, "max_image_pixels", d.maxImagePixels());
        return new YamlLimits(
                file, front, d.maxDepth(), d.maxAliases(), d.maxValues(), parties, imageBytes, imagePixels);
    }

    /**
     * The most parties one entry may name: at least 2 (an entry needs two), at most
     * {@value YamlLimits#MAX_CONFIGURABLE_PARTIES_PER_ENTRY}, since each entry at the limit is
     * placed on n(n-1)/2 pair timelines.
     */
    private static int partyLimit(YamlFields f, int fallback) {
        String key = "max_parties_per_entry";
        Optional<String> text = f.optionalText(key);
        if (text.isEmpty()) return fallback;
        int max = YamlLimits.MAX_CONFIGURABLE_PARTIES_PER_ENTRY;
        try {
            long v = Long.parseLong(text.get().replace("_", ""));
            if (v >= 2 && v <= max) return (int) v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        YamlValue.Field field = f.field(key).get();
        f.error(
                field.value().position(),
                "bad-limit",
                "'" + key + "' must be a whole number from 2 to " + max + ", not '" + text.get() + "'",
                "an entry at n parties is placed on n(n-1)/2 pair timelines; the default is "
                        + YamlLimits.DEFAULT_MAX_PARTIES_PER_ENTRY);
        return fallback;
    }

    private static long positiveLong(YamlFields f, String key, long fallback) {
        Optional<String> text = f.optionalText(key);
        if (text.isEmpty()) return fallback;
        try {
            long v = Long.parseLong(text.get().replace("_", ""));
            if (v > 0) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        f.error(f.field(key).get().keyPosition(), "wrong-type", "'" + key + "' must be a positive whole number", "");
        return fallback;
    }

    private static int positive(YamlFields f, String key, int fallback) {
        Optional<String> text = f.optionalText(key);
        if (text.isEmpty()) return fallback;
        try {
            int v = Integer.parseInt(text.get().replace("_", ""));
            if (v > 0) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        f.error(f.field(key).get().keyPosition(), "wrong-type", "'" + key + "' must be a positive whole number", "");
        return fallback;
    }
}
