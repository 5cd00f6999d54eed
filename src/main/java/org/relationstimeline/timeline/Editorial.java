package org.relationstimeline.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.relationstimeline.countries.Party;

/** What editors wrote beside the entries: relation and party profiles, and general pages. */
public record Editorial(Map<Pair, Profile> pairProfiles, Map<Party, Profile> partyProfiles, List<PageText> pages) {
    public static final Editorial NONE = new Editorial(Map.of(), Map.of(), List.of());

    public Editorial {
        // Sorted copies: plans, fingerprints and the order of the footer never depend on file order.
        TreeMap<Pair, Profile> pairs = new TreeMap<>(pairProfiles);
        TreeMap<Party, Profile> parties = new TreeMap<>(Comparator.comparing(Party::slug));
        parties.putAll(partyProfiles);
        pairProfiles = java.util.Collections.unmodifiableMap(pairs);
        partyProfiles = java.util.Collections.unmodifiableMap(parties);
        pages = pages.stream()
                .sorted(Comparator.comparing(PageText::title).thenComparing(PageText::slug))
                .toList();
    }

    public Optional<Profile> of(Pair pair) {
        return Optional.ofNullable(pairProfiles.get(pair));
    }

    public Optional<Profile> of(Party party) {
        return Optional.ofNullable(partyProfiles.get(party));
    }
}
