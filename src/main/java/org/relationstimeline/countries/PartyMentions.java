package org.relationstimeline.countries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds parties named in running text, for article import. Every phrase a party goes by in prose
 * (name, aliases of four or more characters or all-capital abbreviations, demonyms, capitals:
 * "Russia", "Russian Federation", "Russian", "Moscow") is matched as a whole word,
 * case-sensitively (so "us" is not the US), longest phrase first (so "South Sudan" is not also
 * "Sudan").
 */
public final class PartyMentions {
    /** One phrase found in the text, at the character offset {@code start}. */
    public record Mention(Party party, String phrase, int start) {}

    private final Map<String, Party> phrases;
    private final Pattern pattern;

    public PartyMentions(List<Party> parties) {
        this.phrases = phrasesOf(parties);
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases.keySet()) { // longest first: the regex takes the first alternative that fits
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append(Pattern.quote(phrase));
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** Every phrase searched for, with its party, longest first. */
    public Map<String, Party> phrases() {
        return phrases;
    }

    /** The mentions in the text, in order. */
    public List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) found.add(new Mention(phrases.get(m.group()), m.group(), m.start()));
        return found;
    }

    private static Map<String, Party> phrasesOf(List<Party> parties) {
        Map<String, Party> found = new HashMap<>();
        for (Party p : parties) {
            found.putIfAbsent(p.name(), p);
            for (String alias : p.aliases()) {
                boolean abbreviation = isAbbreviation(alias);
                // Short lower-case aliases are too likely to be ordinary words in running text.
                if (alias.length() >= 4 || abbreviation) found.putIfAbsent(alias, p);
                // Newspapers write both "U.S." and "US"; the data file can hold only one of them.
                if (abbreviation && alias.indexOf('.') >= 0) found.putIfAbsent(alias.replace(".", ""), p);
            }
            for (String demonym : p.demonyms()) found.putIfAbsent(demonym, p);
            for (String capital : p.capitals()) found.putIfAbsent(capital, p);
        }
        List<String> sorted = new ArrayList<>(found.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Party> ordered = new LinkedHashMap<>();
        for (String phrase : sorted) ordered.put(phrase, found.get(phrase));
        return Collections.unmodifiableMap(ordered);
    }

    /** "USSR", "U.K.", "DPRK": at least two capital letters, only capitals and dots. */
    private static boolean isAbbreviation(String alias) {
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (c == '.') continue;
            if (!Character.isUpperCase(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
