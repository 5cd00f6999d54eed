package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.Editorial;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.PageText;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Profile;
import org.relationstimeline.timeline.Source;
import org.relationstimeline.timeline.Timeline;

/** A planned site without files: generated entries on Algeria–Russia and Egypt–Russia, for tests of extra outputs alone. */
public final class PlanFixture {
    private static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();

    private PlanFixture() {}

    public static SiteModel model(String baseUrl, int entries) {
        SiteConfig config = SiteConfig.defaults().withBaseUrl(baseUrl);
        UrlScheme urls = new UrlScheme(config.baseUrl());
        Timeline timeline = Timeline.of(entries(entries));
        return new SiteModel(config, urls, timeline, new SitePlanner(config, urls).plan(timeline));
    }

    /** The same site with a three-party entry (of type consult), a profile (with an assessment) on Algeria–Russia and on Russia, and an About page. */
    public static SiteModel modelWithEditorial(String baseUrl, int entries) {
        SiteConfig config = SiteConfig.defaults().withBaseUrl(baseUrl);
        UrlScheme urls = new UrlScheme(config.baseUrl());
        List<Entry> all = new ArrayList<>(entries(entries));
        all.add(new Entry(
                        "entries/summit.md",
                        "summit",
                        "A summit",
                        EventDate.parse("2001-02-03").date().orElseThrow(),
                        List.of(party("DZ"), party("EG"), party("RU")),
                        List.of("diplomacy"),
                        "",
                        List.of(),
                        List.of(),
                        "",
                        1,
                        false,
                        "fp-summit")
                .withType(EventType.CONSULT));
        Timeline timeline = Timeline.of(all);
        return new SiteModel(config, urls, timeline, new SitePlanner(config, urls, editorial()).plan(timeline));
    }

    public static Editorial editorial() {
        Source source = new Source("A source", "A publisher", Optional.empty(), "https://example.org/source");
        EventDate from = EventDate.parse("1962-03-23").date().orElseThrow();
        Profile profile = new Profile(
                "relations/algeria-russia.md",
                "A summary.",
                from,
                List.of(new Profile.Fact("A label", "A value", source)),
                List.of(new Profile.Era("An era", from, null, "")),
                List.of(Pair.of(party("EG"), party("RU"))),
                "An *overview*.",
                "fp-profile",
                new Profile.Assessment("An assessment.", from, source));
        return new Editorial(
                Map.of(Pair.of(party("DZ"), party("RU")), profile),
                Map.of(party("RU"), profile),
                List.of(new PageText("pages/about.md", "about", "About", "", "What the site is.", "fp-page")));
    }

    public static List<Entry> entries(int count) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Party> parties = List.of(party(i % 2 == 0 ? "DZ" : "EG"), party("RU"));
            String date = String.format("%04d-%02d-01", 1990 + i / 12, 1 + i % 12);
            String slug = "event-" + i;
            out.add(new Entry(
                    "entries/" + slug + ".md",
                    slug,
                    "Event " + i,
                    EventDate.parse(date).date().orElseThrow(),
                    parties,
                    List.of("trade"),
                    "Summary " + i + ".",
                    List.of(),
                    "Body.",
                    false,
                    "fp" + i));
        }
        return out;
    }

    private static Party party(String code) {
        return REGISTRY.find(code).orElseThrow();
    }
}
