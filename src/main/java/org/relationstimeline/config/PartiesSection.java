package org.relationstimeline.config;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relationstimeline.content.YamlFields;
import org.relationstimeline.content.YamlValue;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.countries.PartyClash;
import org.relationstimeline.problems.Position;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.Slugs;

/**
 * Reads the {@code parties:} list of {@code site.yaml}: organisations usable in entries like
 * countries. Each mistake is reported at its own line and column with how to fix it, every one of
 * them in the same run: a party with a mistake is left out, and the parties after it are still
 * read and checked. A party must not take a code, name, alias, demonym or slug that already names
 * a bundled country or an earlier party of the list.
 */
final class PartiesSection {
    static final List<String> KEYS = List.of("code", "name", "slug", "alpha3", "aliases", "demonyms", "members");
    /** Codes are written in entries and shown in exports: a short word of capitals and digits. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    private final YamlFields section;
    private CountryRegistry known = CountryRegistry.loadDefault();
    /** The line of each party read so far, so a clash with one of them can say where it is. */
    private final Map<Party, Integer> lineOf = new IdentityHashMap<>();

    private PartiesSection(YamlFields section) {
        this.section = section;
    }

    /** The parties that are free of mistakes, in the order written. */
    /**
     * What the section gives: the parties free of mistakes, in the order written, and the member
     * codes each organisation lists under {@code members:} (for its maps), upper-cased as entries
     * write codes.
     */
    record Parties(List<Party> parties, Map<String, List<String>> members) {}

    static Parties read(YamlFields config) {
        return new PartiesSection(config).readAll();
    }

    private Parties readAll() {
        List<Party> parties = new ArrayList<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (YamlValue item : section.list("parties")) {
            if (!(item instanceof YamlValue.Mapping m)) {
                section.error(
                        item.position(),
                        "wrong-type",
                        "each party must be a mapping with code and name, not " + item.kind(),
                        "write '- code: EU' and, indented below it, 'name: European Union'");
                continue;
            }
            YamlFields f = new YamlFields(section.file(), m, section.problems());
            readParty(f, m.position()).ifPresent(party -> {
                parties.add(party);
                known = known.withExtraParties(List.of(party));
                lineOf.put(party, m.position().line());
                List<String> listed = f.scalarList("members").stream()
                        .map(code -> code.text().strip().toUpperCase(java.util.Locale.ROOT))
                        .distinct()
                        .toList();
                if (!listed.isEmpty()) members.put(party.code(), listed);
            });
        }
        return new Parties(parties, members);
    }

    private Optional<Party> readParty(YamlFields f, Position start) {
        int before = errorCount();
        f.warnUnknownKeys(KEYS, "party");
        Optional<String> code = f.requiredText("code", "EU");
        Optional<String> name = f.requiredText("name", "European Union");
        boolean codeChecked = code.isPresent() && CODE.matcher(code.get()).matches();
        if (code.isPresent() && !codeChecked) {
            f.error(
                    valueAt(f, "code"),
                    "bad-party-code",
                    "party code '" + code.get() + "' must be 2 to 10 capital letters or digits, starting with a letter",
                    "e.g. 'EU', 'NATO' or 'G20'");
        }
        String alpha3 = f.optionalText("alpha3").orElse("");
        boolean alpha3Checked = alpha3.isEmpty() || ALPHA3.matcher(alpha3).matches();
        if (!alpha3Checked) {
            f.error(
                    valueAt(f, "alpha3"),
                    "bad-party-code",
                    "party alpha3 '" + alpha3 + "' must be three capital letters",
                    "write e.g. 'alpha3: EUU', or leave it out");
        }
        Optional<String> slug = slugOf(f, name);
        List<YamlValue.Scalar> aliases = f.scalarList("aliases");
        List<YamlValue.Scalar> demonyms = f.scalarList("demonyms");
        if (code.isEmpty() || name.isEmpty() || slug.isEmpty()) return Optional.empty();

        Party party = new Party(
                code.get(),
                alpha3,
                name.get(),
                slug.get(),
                Party.Kind.ORGANIZATION,
                aliases.stream().map(YamlValue.Scalar::text).toList(),
                demonyms.stream().map(YamlValue.Scalar::text).toList(),
                List.of());
        for (PartyClash clash : known.clashesOf(party)) {
            // A code or alpha3 already reported as malformed is not reported again.
            if (clash.field().equals("code") && !codeChecked || clash.field().equals("alpha3") && !alpha3Checked)
                continue;
            Integer line = clash.other() == null ? null : lineOf.get(clash.other());
            f.error(
                    clashAt(f, clash, aliases, demonyms, start),
                    "party-clash",
                    clash.message() + (line == null ? "" : " (line " + line + ")"),
                    fixFor(clash));
        }
        return errorCount() == before ? Optional.of(party) : Optional.empty();
    }

    /** The slug written, or the one made from the name; empty (and reported) when neither is usable. */
    private static Optional<String> slugOf(YamlFields f, Optional<String> name) {
        Optional<String> written = f.optionalText("slug");
        if (written.isPresent()) {
            if (Slugs.isSlug(written.get())) return written;
            String fixed = Slugs.slugify(written.get());
            f.error(
                    valueAt(f, "slug"),
                    "bad-slug",
                    "party slug '" + written.get() + "' must be lowercase letters, digits and hyphens",
                    fixed.isEmpty() ? "e.g. 'european-union'" : "use '" + fixed + "'");
            return Optional.empty();
        }
        if (name.isEmpty()) return Optional.empty();
        String made = Slugs.slugify(name.get());
        if (Slugs.isSlug(made)) return Optional.of(made);
        f.error(
                valueAt(f, "name"),
                "bad-slug",
                "party name '" + name.get() + "' gives no usable slug for its page URL",
                "add a line such as 'slug: my-organisation'");
        return Optional.empty();
    }

    /** Where the clashing phrase is written; a slug made from the name points at the name. */
    private static Position clashAt(
            YamlFields f,
            PartyClash clash,
            List<YamlValue.Scalar> aliases,
            List<YamlValue.Scalar> demonyms,
            Position start) {
        List<YamlValue.Scalar> list = switch (clash.field()) {
            case "alias" -> aliases;
            case "demonym" -> demonyms;
            default -> List.of();
        };
        for (YamlValue.Scalar s : list) {
            if (s.text().equals(clash.phrase())) return s.position();
        }
        String key = clash.field().equals("slug") && f.field("slug").isEmpty() ? "name" : clash.field();
        return f.field(key).isPresent() ? valueAt(f, key) : start;
    }

    private static String fixFor(PartyClash clash) {
        if (clash.other() == null) return "write it with letters or digits, or remove it";
        return switch (clash.field()) {
            case "code" -> "choose a code that no country or other party uses";
            case "slug" -> "add a 'slug:' line with a slug of its own";
            default ->
                "'" + clash.phrase() + "' already means " + clash.other().name() + ": write another " + clash.field()
                        + " or remove it";
        };
    }

    private static Position valueAt(YamlFields f, String key) {
        return f.field(key).map(field -> field.value().position()).orElse(Position.FILE);
    }

    private int errorCount() {
        return (int) section.problems().stream().filter(Problem::isError).count();
    }
}
