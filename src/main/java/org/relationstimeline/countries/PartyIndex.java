package org.relationstimeline.countries;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lookup tables of a registry, built party by party: every code, name and alias a party may
 * be written as, in its comparison form ({@link #normalize}), and its slug. A party whose phrase
 * (demonyms and capitals included, so that text import stays unambiguous) or slug is already
 * another's is refused with the clash named. Copied, never shared, when a registry is extended.
 */
final class PartyIndex {
    /** Who holds a normalised phrase, remembered so a clash message can say what it clashed with. */
    private record Claim(Party party, String field, String phrase) {}

    private final List<Party> parties;
    /** find() keys: code, alpha-3, name, aliases. */
    private final Map<String, Party> keys;
    /** Every phrase of every party. */
    private final Map<String, Claim> claims;

    private final Map<String, Party> slugs;
    private final Map<String, Party> codes;

    PartyIndex() {
        this(new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private PartyIndex(
            List<Party> parties,
            Map<String, Party> keys,
            Map<String, Claim> claims,
            Map<String, Party> slugs,
            Map<String, Party> codes) {
        this.parties = parties;
        this.keys = keys;
        this.claims = claims;
        this.slugs = slugs;
        this.codes = codes;
    }

    PartyIndex copy() {
        return new PartyIndex(
                new ArrayList<>(parties),
                new HashMap<>(keys),
                new HashMap<>(claims),
                new HashMap<>(slugs),
                new HashMap<>(codes));
    }

    List<Party> parties() {
        return parties;
    }

    Party byKey(String normalizedPhrase) {
        return keys.get(normalizedPhrase);
    }

    Party bySlug(String slug) {
        return slugs.get(slug);
    }

    Party byCode(String code) {
        return codes.get(code.toUpperCase(Locale.ROOT));
    }

    /** Every reason the party cannot be added, in the order of its fields; empty when it can. */
    List<PartyClash> clashesOf(Party p) {
        List<PartyClash> clashes = new ArrayList<>();
        Party slugOwner = slugs.get(p.slug());
        if (slugOwner != null) {
            clashes.add(new PartyClash(
                    "slug", p.slug(), "slug '" + p.slug() + "' is already used by " + slugOwner.name(), slugOwner));
        }
        Party codeOwner = byCode(p.code());
        if (codeOwner != null) {
            clashes.add(new PartyClash(
                    "code", p.code(), "code '" + p.code() + "' is already the code of " + codeOwner.name(), codeOwner));
        }
        for (Claim claim : claimsOf(p)) {
            if (claim.field().equals("code") && codeOwner != null) continue; // said above
            String key = normalize(claim.phrase());
            if (key.isEmpty()) {
                clashes.add(new PartyClash(
                        claim.field(),
                        claim.phrase(),
                        claim.field() + " '" + claim.phrase() + "' of " + p.name() + " has no letters or digits",
                        null));
                continue;
            }
            Claim held = claims.get(key);
            if (held != null && held.party() != p) {
                clashes.add(new PartyClash(
                        claim.field(),
                        claim.phrase(),
                        claim.field() + " '" + claim.phrase() + "' of " + p.name() + " clashes with " + held.field()
                                + " '" + held.phrase() + "' of " + held.party().name(),
                        held.party()));
            }
        }
        return clashes;
    }

    /** Adds the party, or leaves the index untouched and returns why not. */
    List<PartyClash> add(Party p) {
        List<PartyClash> clashes = clashesOf(p);
        if (!clashes.isEmpty()) return clashes;
        for (Claim claim : claimsOf(p)) {
            String key = normalize(claim.phrase());
            claims.putIfAbsent(key, claim);
            if (isFindable(claim.field())) keys.putIfAbsent(key, p);
        }
        slugs.put(p.slug(), p);
        codes.put(p.code().toUpperCase(Locale.ROOT), p);
        parties.add(p);
        return clashes;
    }

    /** Demonyms and capitals are claimed but not found: "Moscow" in a config file is more likely a mistake. */
    private static boolean isFindable(String field) {
        return !field.equals("demonym") && !field.equals("capital");
    }

    private static List<Claim> claimsOf(Party p) {
        List<Claim> mine = new ArrayList<>();
        mine.add(new Claim(p, "code", p.code()));
        if (!p.alpha3().isEmpty()) mine.add(new Claim(p, "alpha3", p.alpha3()));
        mine.add(new Claim(p, "name", p.name()));
        for (String a : p.aliases()) mine.add(new Claim(p, "alias", a));
        for (String d : p.demonyms()) mine.add(new Claim(p, "demonym", d));
        for (String c : p.capitals()) mine.add(new Claim(p, "capital", c));
        return mine;
    }

    /**
     * The comparison form of a phrase: accents stripped, lower case, dots and apostrophes dropped,
     * any other run of non-alphanumerics (spaces, hyphens, commas, brackets) turned into one space.
     */
    static String normalize(String text) {
        String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019') continue;
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) out.append(' ');
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) return false;
        }
        return true;
    }
}
