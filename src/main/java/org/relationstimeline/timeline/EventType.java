package org.relationstimeline.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of an event, from a small vocabulary after PLOVER and CAMEO: each type is classed as
 * cooperation or conflict, and as verbal (said) or material (done). The one list of the
 * vocabulary: the reader, the pages, the exports, the CMS and the README take it from here.
 */
public enum EventType {
    AGREE(Kind.COOPERATION, Mode.VERBAL, "treaty, accord, joint declaration signed or agreed"),
    CONSULT(Kind.COOPERATION, Mode.VERBAL, "visits, summits, talks, calls"),
    SUPPORT(Kind.COOPERATION, Mode.VERBAL, "endorse, praise, recognise a claim, apologise"),
    COOPERATE(
            Kind.COOPERATION,
            Mode.MATERIAL,
            "establish relations, joint exercises, trade or energy deals carried out, exchanges"),
    AID(Kind.COOPERATION, Mode.MATERIAL, "economic, military or humanitarian aid, loans, debt relief"),
    CONCEDE(Kind.COOPERATION, Mode.MATERIAL, "ceasefire, withdrawal, release, easing sanctions, return of territory"),
    DEMAND(Kind.CONFLICT, Mode.VERBAL, "demands, ultimatums"),
    DISAPPROVE(Kind.CONFLICT, Mode.VERBAL, "criticise, accuse, condemn"),
    REJECT(Kind.CONFLICT, Mode.VERBAL, "refuse a proposal, veto, denounce a treaty"),
    THREATEN(Kind.CONFLICT, Mode.VERBAL, "threats of force or sanctions"),
    PROTEST(Kind.CONFLICT, Mode.MATERIAL, "demonstrations, boycotts"),
    REDUCE(Kind.CONFLICT, Mode.MATERIAL, "recall or expel diplomats, break or downgrade relations"),
    SANCTION(Kind.CONFLICT, Mode.MATERIAL, "sanctions, embargoes, nationalisation against the other"),
    MOBILISE(Kind.CONFLICT, Mode.MATERIAL, "troop build-up, force posture, tests as signals"),
    COERCE(Kind.CONFLICT, Mode.MATERIAL, "seizure, blockade, arrests, expulsions of people"),
    FIGHT(Kind.CONFLICT, Mode.MATERIAL, "armed clashes, war, strikes, attacks");

    /** Whether the parties work together or against each other. */
    public enum Kind {
        COOPERATION,
        CONFLICT;

        /** "cooperation", as written in exports and shown on pages. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** Whether the event is something said or something done. */
    public enum Mode {
        VERBAL,
        MATERIAL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private final Kind kind;
    private final Mode mode;
    private final String description;

    EventType(Kind kind, Mode mode, String description) {
        this.kind = kind;
        this.mode = mode;
        this.description = description;
    }

    /** "agree", as written in front matter and exports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "Agree", for pages. */
    public String label() {
        return name().charAt(0) + key().substring(1);
    }

    /** Cooperation or conflict. */
    public Kind kind() {
        return kind;
    }

    public Mode mode() {
        return mode;
    }

    /** What the type is used for, one line. */
    public String description() {
        return description;
    }

    public boolean isCooperation() {
        return kind == Kind.COOPERATION;
    }

    /** The type written as {@code key} (case and surrounding space ignored), or empty. */
    public static Optional<EventType> find(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key().equals(k)).findFirst();
    }

    /** Every key, in the vocabulary's order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(EventType::key).toList();
    }

    @Override
    public String toString() {
        return key();
    }
}
