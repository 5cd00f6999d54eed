package org.relationstimeline.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relationstimeline.problems.Position;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.Source;

/**
 * Reads sources as entries and profiles write them: a plain http(s) URL, or a mapping of title,
 * publisher, date and url (each optional, not all empty).
 */
public final class SourceFields {
    static final List<String> KEYS = List.of("title", "publisher", "url", "date");

    private SourceFields() {}

    /** The sources listed under {@code key}; a wrong one is reported and left out. */
    public static List<Source> list(YamlFields f, String key) {
        List<Source> out = new ArrayList<>();
        for (YamlValue item : f.list(key)) one(f, item).ifPresent(out::add);
        return List.copyOf(out);
    }

    /** One source; empty for a null item or a wrong one (which is reported). */
    public static Optional<Source> one(YamlFields f, YamlValue item) {
        if (item instanceof YamlValue.Scalar s) {
            if (s.isNull()) return Optional.empty();
            String url = s.text().strip();
            return checkUrl(f, url, s.position())
                    ? Optional.of(new Source(url, "", Optional.empty(), url))
                    : Optional.empty();
        }
        if (!(item instanceof YamlValue.Mapping m)) {
            f.error(
                    item.position(),
                    "wrong-type",
                    "each source must be a URL or a mapping with title, publisher, date, url",
                    "");
            return Optional.empty();
        }
        YamlFields sf = new YamlFields(f.file(), m, f.problems());
        sf.warnUnknownKeys(KEYS, "source");
        String url = sf.optionalText("url").orElse("");
        String publisher = sf.optionalText("publisher").orElse("");
        Optional<String> title = sf.optionalText("title");
        if (title.isEmpty() && publisher.isEmpty() && url.isEmpty()) {
            sf.error(m.position(), "empty-source", "a source needs at least a title, a publisher or a URL", "");
            return Optional.empty();
        }
        Optional<EventDate> date = DateFields.optional(sf, "date");
        if (!url.isEmpty() && !checkUrl(sf, url, sf.field("url").get().value().position())) return Optional.empty();
        return Optional.of(new Source(title.orElse(publisher.isEmpty() ? url : publisher), publisher, date, url));
    }

    /** Only web links: {@code javascript:}, {@code data:} and relative links are refused. */
    private static boolean checkUrl(YamlFields f, String url, Position at) {
        String lower = url.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://"))
                && url.length() > lower.indexOf("//") + 2
                && url.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            return true;
        }
        f.error(
                at,
                "bad-url",
                "source URL '" + url + "' is not an http(s) address",
                "write the full https://... address");
        return false;
    }
}
