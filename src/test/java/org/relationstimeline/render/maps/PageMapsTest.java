package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relationstimeline.site.PlanFixture;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.site.pages.TopicPage;

/** Which page gets which map: pair, country and countries pages, the first page of a long list only. */
class PageMapsTest {
    static final SiteModel SITE = PlanFixture.model("https://example.org/", 450);
    static final PageMaps MAPS = new PageMaps(SITE.config(), SITE.urls());

    static <T extends Page> List<T> pages(Class<T> kind) {
        return SITE.plan().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void theFirstPageOfAPairHasItsLocatorMapAndLaterPagesNone() {
        PairPage first = pages(PairPage.class).stream()
                .filter(p -> p.pagination().page() == 1 && p.pagination().pages() > 1)
                .findFirst()
                .orElseThrow();
        PairPage second = pages(PairPage.class).stream()
                .filter(p -> p.pair().equals(first.pair()) && p.pagination().page() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(MAPS.forPage(first).get("locatorMap")).isNotNull();
        assertThat(MAPS.forPage(second)).containsKey("locatorMap");
        assertThat(MAPS.forPage(second).get("locatorMap")).isNull();
    }

    @Test
    void countryAndCountriesPagesHaveTheirMapsAndOtherKindsNone() {
        assertThat(pages(CountryPage.class))
                .filteredOn(CountryPage::isFirst)
                .allSatisfy(p -> assertThat(MAPS.forPage(p).get("partnersMap")).isNotNull());
        assertThat(MAPS.forPage(pages(CountriesPage.class).get(0)).get("worldMap"))
                .isNotNull();
        assertThat(MAPS.forPage(pages(TopicPage.class).get(0))).isEmpty();
    }
}
