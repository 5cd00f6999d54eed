package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.text.Json;
import org.relationstimeline.text.Slugs;

/**
 * The pair and country addresses of the site, for the 404 page's did-you-mean
 * ({@code assets/not-found.js}): each party with its page, its name and the other spellings a
 * reader may type in an address (codes, aliases, former names, all as slugs), and each pair as the
 * two parties' positions in that list with its page. Read from the plan, so every address in it
 * is a page; fetched only by the 404 page, so no other page grows with the number of pairs.
 */
public final class KnownAddresses implements ExtraOutput {
    @Override
    public List<OutputFile> files(SiteModel site) {
        PlanIndex plan = PlanIndex.of(site.plan());
        UrlScheme urls = site.urls();
        List<Object> parties = new ArrayList<>();
        Map<Party, Integer> position = new HashMap<>();
        for (CountryPage page : plan.firstPages(CountryPage.class)) {
            Party p = page.party();
            position.put(p, parties.size());
            parties.add(List.of(urls.country(p), p.name(), keys(p)));
        }
        List<Object> pairs = new ArrayList<>();
        for (PairPage page : plan.firstPages(PairPage.class)) {
            Integer first = position.get(page.pair().first());
            Integer second = position.get(page.pair().second());
            if (first != null && second != null) pairs.add(List.of(first, second, urls.pair(page.pair())));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("countries", parties);
        doc.put("pairs", pairs);
        return List.of(OutputFile.text(urls.outputFile(urls.knownAddresses()), Json.compact(doc)));
    }

    /** What else a reader may write for the party in an address: "ussr" for soviet-union, "burma" for myanmar. */
    private static List<String> keys(Party p) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Slugs.slugify(p.code()));
        if (!p.alpha3().isEmpty()) keys.add(Slugs.slugify(p.alpha3()));
        for (String alias : p.aliases()) keys.add(Slugs.slugify(alias));
        keys.remove(p.slug());
        keys.remove("");
        return List.copyOf(keys);
    }
}
