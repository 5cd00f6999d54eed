package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.countries.Party;
import org.relationstimeline.render.charts.ActivityChart;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.timeline.Timeline.PartnerCount;

/**
 * A country page's map: the party's partners shaded by the number of events they share with it,
 * each linked to the pair's page, with the party itself in its own colour. A party has some sixty
 * partners on a large site, so the drawing is a file of its own ({@link UrlScheme#countryMap})
 * and the page holds only the figure that shows it.
 */
final class PartnersMap {
    static final String SUBJECT_COLOUR = "red";

    private PartnersMap() {}

    /** True when the party or one of its partners is on the map, so there is a map to draw. */
    static boolean hasMap(Party party, List<PartnerCount> partners, Territories territories) {
        Territory subject = territories.of(party);
        return subject.isDrawn()
                || !layers(subject, candidates(partners, territories)).drawn().isEmpty();
    }

    /**
     * What the map shows, for the fingerprint of its file: the party and each partner with its
     * count and pair (the shapes come from the config and the generator, which every file's
     * fingerprint covers).
     */
    static String inputs(Party party, List<PartnerCount> partners) {
        StringBuilder inputs = new StringBuilder("partners-map\n").append(party).append('\n');
        for (PartnerCount pc : partners)
            inputs.append(pc.partner())
                    .append('\t')
                    .append(pc.pair().slug())
                    .append('\t')
                    .append(pc.count())
                    .append('\n');
        return inputs.toString();
    }

    /** Each partner's territory, in the partners' order. */
    private static List<Territory> candidates(List<PartnerCount> partners, Territories territories) {
        return partners.stream().map(pc -> territories.of(pc.partner())).toList();
    }

    private static Layers layers(Territory subject, List<Territory> candidates) {
        return Layers.of(candidates, subject.isDrawn() ? List.of(subject) : List.of());
    }

    /** The map of {@code party}'s partners, or null when none of them, nor the party, is on the map. */
    static MapFile render(
            Party party, List<PartnerCount> partners, Territories territories, World world, UrlScheme urls) {
        Territory subject = territories.of(party);
        List<Territory> candidates = candidates(partners, territories);
        Layers layers = layers(subject, candidates);
        if (!subject.isDrawn() && layers.drawn().isEmpty()) return null;
        List<Integer> counts = new ArrayList<>();
        Box focus = subject.frame();
        for (int i = 0; i < partners.size(); i++) {
            if (!layers.isDrawn(candidates.get(i))) continue;
            counts.add(partners.get(i).count());
            focus = focus.union(candidates.get(i).frame());
        }
        MapCanvas canvas = MapCanvas.inFile(Viewport.around(focus), world, urls, urls.countryMap(party));
        canvas.begin(
                "partners",
                "map_partners",
                "Partners of " + party.name() + " on the map",
                description(party, partners.size(), counts.size(), subject.isDrawn()));
        if (subject.isDrawn()) canvas.territory(subject, "map__subject", false, null, party.name());
        List<MapCanvas.Key> keys = new ArrayList<>();
        if (!counts.isEmpty()) {
            ShadeScale scale = ShadeScale.of(counts);
            for (ShadeScale.Shade shade : scale.shades()) {
                canvas.group(shade.cssClass());
                for (int i = 0; i < partners.size(); i++) {
                    PartnerCount pc = partners.get(i);
                    if (!layers.isDrawn(candidates.get(i)) || scale.of(pc.count()) != shade) continue;
                    canvas.territory(
                            candidates.get(i),
                            shade.cssClass(),
                            true,
                            urls.pair(pc.pair()),
                            pc.partner().name() + ": " + ActivityChart.events(pc.count()));
                }
                canvas.endGroup();
                keys.add(new MapCanvas.Key(shade.cssClass(), shade.label(), null));
            }
        }
        canvas.endDrawing();
        if (subject.isDrawn()) keys.add(new MapCanvas.Key("map__subject", party.name(), null));
        List<String> notes = new ArrayList<>();
        notes.add(subject.note());
        notes.addAll(layers.notes());
        return new MapFile(canvas.legend(keys).notes(notes).end(), canvas.document());
    }

    private static String description(Party party, int partners, int shaded, boolean subjectDrawn) {
        String who = shaded == partners
                ? party.name() + "\u2019s " + (partners == 1 ? "partner" : partners + " partners")
                : shaded + " of " + party.name() + "\u2019s " + partners + " partners";
        String text = shaded == 0
                ? party.name() + "\u2019s partners are not on the map."
                : who + ", shaded by the number of events shared with it: darker for more.";
        if (subjectDrawn) text += " " + party.name() + " itself is " + SUBJECT_COLOUR + ".";
        return text + " The list after the map gives every partner with its number of events.";
    }
}
