package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.countries.Party;

/**
 * Which of many parties a shaded map can draw without painting one over another. Countries are
 * drawn by their outlines; a former state only where none of its successors is drawn (Algeria's
 * map shades Russia, not the Soviet Union over it); organisations not at all, since their members
 * stand on such a map for themselves. The notes say who is left out and why.
 */
record Layers(List<Territory> drawn, List<String> notes) {
    static Layers of(List<Territory> candidates, List<Territory> alreadyDrawn) {
        List<Territory> drawn = new ArrayList<>();
        List<Territory> taken = new ArrayList<>(alreadyDrawn);
        for (Territory t : candidates) {
            if (t.basis() == Territory.Basis.OWN) {
                drawn.add(t);
                taken.add(t);
            }
        }
        List<Party> organisations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Territory t : candidates) {
            if (t.basis() == Territory.Basis.OWN) continue;
            if (t.party().isOrganization()) {
                organisations.add(t.party());
                continue;
            }
            List<Party> over =
                    taken.stream().filter(t::overlaps).map(Territory::party).toList();
            if (!t.isDrawn()) {
                notes.add(t.note());
            } else if (!over.isEmpty()) {
                notes.add("Not drawn: " + t.party().name() + ", whose territory this map shows for "
                        + Territory.names(over) + ".");
            } else {
                drawn.add(t);
                taken.add(t);
                notes.add(t.note());
            }
        }
        if (!organisations.isEmpty()) {
            notes.add("Not drawn: " + Territory.names(organisations)
                    + (organisations.size() == 1 ? ", an organisation;" : ", organisations;")
                    + " this map shades countries, which stand for themselves.");
        }
        return new Layers(List.copyOf(drawn), List.copyOf(notes));
    }

    boolean isDrawn(Territory t) {
        return drawn.contains(t);
    }
}
