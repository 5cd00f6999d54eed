package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.TypeYear;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.Timeline;

/** The balance of a long timeline: each year links to the page of the timeline that lists its typed entries. */
class TypeBalancePlanTest {
    private static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();

    @Test
    void aYearOnALaterPageOfTheTimelineLinksThere() {
        Party dz = REGISTRY.find("DZ").orElseThrow();
        Party ru = REGISTRY.find("RU").orElseThrow();
        List<Entry> entries = new ArrayList<>();
        // An entry every other day from 1 January 1990 to March 1991; newest first, the oldest of 1990 are on page 2.
        int count = SitePlanner.PAGE_SIZE + 20;
        for (int i = 0; i < count; i++) {
            EventDate date = EventDate.ofDay(java.time.LocalDate.of(1990, 1, 1).plusDays(2L * i));
            EventType type = i == 0 ? EventType.FIGHT : i == count - 1 ? EventType.AGREE : null;
            entries.add(new Entry(
                            "entries/e" + i + ".md",
                            "e" + i,
                            "Event " + i,
                            date,
                            List.of(dz, ru),
                            List.of(),
                            "",
                            List.of(),
                            List.of(),
                            "",
                            1,
                            false,
                            "fp" + i)
                    .withType(type));
        }
        SiteConfig config = SiteConfig.defaults().withBaseUrl("https://example.org/");
        UrlScheme urls = new UrlScheme(config.baseUrl());
        List<PairPage> pages = new SitePlanner(config, urls)
                .plan(Timeline.of(entries)).stream()
                        .filter(p -> p instanceof PairPage)
                        .map(p -> (PairPage) p)
                        .filter(PairPage::isMainListing) // the oldest-first copies link to the main listing too
                        .toList();
        assertThat(pages).hasSize(2);
        for (PairPage page : pages) {
            assertThat(page.types().years())
                    .extracting(TypeYear::year, TypeYear::cooperation, TypeYear::conflict, TypeYear::url)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1990, 0, 1, "/relations/algeria-russia/page/2/#y1990"),
                            org.assertj.core.groups.Tuple.tuple(1991, 1, 0, "/relations/algeria-russia/#y1991"));
            assertThat(page.types().untyped()).isEqualTo(count - 2);
        }
    }
}
