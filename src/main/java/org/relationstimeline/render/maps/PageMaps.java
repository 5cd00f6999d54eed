package org.relationstimeline.render.maps;

import java.util.HashMap;
import java.util.Map;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.render.charts.ChartMarkup;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.PairPage;

/**
 * The maps a planned page shows, drawn from its record, the config (organisations' members) and
 * the map data shipped with the generator, all of which the page's fingerprint covers. Like
 * charts, a kind with a map always receives its variable, null where there is nothing to draw;
 * pages after the first of a long list have none, and no page has one with {@code maps: false}.
 * A shaded map's variable is only its figure: its drawing is a file of its own ({@link MapFiles}).
 */
public final class PageMaps {
    private final World world;
    private final Territories territories;
    private final UrlScheme urls;
    private final boolean enabled;

    public PageMaps(SiteConfig config, UrlScheme urls) {
        this.enabled = config.maps();
        // Without maps the map data is not even read, so a build with maps off measures their cost.
        this.world = enabled ? World.loadDefault() : null;
        this.territories = enabled ? new Territories(world, CountryRegistry.loadDefault(), config) : null;
        this.urls = urls;
    }

    /** Template variables holding maps: empty for kinds without one. */
    public Map<String, ChartMarkup> forPage(Page page) {
        Map<String, ChartMarkup> maps = new HashMap<>();
        if (page instanceof PairPage p) {
            maps.put(
                    "locatorMap",
                    enabled && p.isFirst() ? LocatorMap.render(p.pair(), territories, world, urls) : null);
        } else if (page instanceof CountryPage c) {
            maps.put(
                    "partnersMap",
                    enabled && c.isFirst()
                            ? figure(PartnersMap.render(c.party(), c.partners(), territories, world, urls))
                            : null);
        } else if (page instanceof CountriesPage c) {
            maps.put(
                    "worldMap",
                    enabled
                            ? figure(WorldMap.render(c.countries(), c.busiestPairs(), territories, world, urls))
                            : null);
        }
        return maps;
    }

    /** The figure of a map whose drawing {@link MapFiles} writes. */
    private static ChartMarkup figure(MapFile map) {
        return map == null ? null : map.figure();
    }
}
