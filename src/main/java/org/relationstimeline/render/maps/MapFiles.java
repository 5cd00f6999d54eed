package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.Page;

/**
 * The shaded maps' own files: one beside each country page with a map ({@link PartnersMap}) and
 * one beside the countries index ({@link WorldMap}). Each is known by what it shows, so an edit
 * draws again only the maps whose counts or partners it changes.
 */
public final class MapFiles implements ExtraOutput {
    @Override
    public List<OutputFile> files(SiteModel site) {
        if (!site.config().maps()) return List.of();
        World world = World.loadDefault();
        Territories territories = new Territories(world, CountryRegistry.loadDefault(), site.config());
        UrlScheme urls = site.urls();
        List<OutputFile> out = new ArrayList<>();
        for (Page page : site.plan()) {
            // Page 1 of either reading order shows the map; the main listing's stands for both.
            if (page instanceof CountryPage c && c.isFirst() && c.isMainListing()) {
                if (!PartnersMap.hasMap(c.party(), c.partners(), territories)) continue;
                out.add(OutputFile.deferred(
                        urls.outputFile(urls.countryMap(c.party())),
                        PartnersMap.inputs(c.party(), c.partners()),
                        () -> PartnersMap.render(c.party(), c.partners(), territories, world, urls)
                                .document()));
            } else if (page instanceof CountriesPage c) {
                if (!WorldMap.hasMap(c.countries(), territories)) continue;
                out.add(OutputFile.deferred(
                        urls.outputFile(urls.countriesMap()),
                        WorldMap.inputs(c.countries(), c.busiestPairs()),
                        () -> WorldMap.render(c.countries(), c.busiestPairs(), territories, world, urls)
                                .document()));
            }
        }
        return out;
    }
}
