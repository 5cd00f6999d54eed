package org.relationstimeline.countries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.text.Slugs;

/**
 * Reads the countries data file: a header line, then one party per line in eight tab-separated
 * columns ({@link #HEADER}); lists inside a column are separated by {@code |}; {@code #} comments
 * and blank lines are skipped. Each row is checked on its own here; keys clashing across rows are
 * the index's business ({@link PartyIndex}).
 */
final class CountryTsv {
    static final String[] HEADER = {"code", "alpha3", "name", "slug", "kind", "aliases", "demonyms", "capitals"};

    private CountryTsv() {}

    /** A party and the line it was read from, for messages about clashes found later. */
    record Row(Party party, int line) {}

    /** @throws IllegalStateException naming {@code sourceName} and the line of a malformed row or header */
    static List<Row> read(Reader tsv, String sourceName) {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = tsv instanceof BufferedReader b ? b : new BufferedReader(tsv);
        boolean headerSeen = false;
        int lineNo = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1); // editors add BOMs
                if (line.isBlank() || line.startsWith("#")) continue;
                String where = sourceName + ":" + lineNo + ": ";
                if (!headerSeen) {
                    checkHeader(line, where);
                    headerSeen = true;
                    continue;
                }
                try {
                    rows.add(new Row(parseRow(line), lineNo));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + " (at line " + lineNo + ")", e);
        }
        if (!headerSeen) throw new IllegalStateException(sourceName + ": no header line");
        return rows;
    }

    private static void checkHeader(String line, String where) {
        List<String> columns = split(line, '\t');
        if (!columns.stream().map(String::strip).toList().equals(List.of(HEADER))) {
            throw new IllegalStateException(where + "header must be '" + String.join("\\t", HEADER) + "', found '"
                    + line.replace("\t", "\\t") + "'");
        }
    }

    private static Party parseRow(String line) {
        List<String> f = split(line, '\t');
        if (f.size() != HEADER.length) {
            throw new IllegalArgumentException(
                    "expected " + HEADER.length + " tab-separated columns, found " + f.size());
        }
        String code = f.get(0).strip();
        String alpha3 = f.get(1).strip();
        String name = f.get(2).strip();
        String slug = f.get(3).strip();
        Party.Kind kind = parseKind(f.get(4).strip());
        if (kind != Party.Kind.ORGANIZATION) {
            if (!isUpperLetters(code, 2))
                throw new IllegalArgumentException("code '" + code + "' is not two capital letters");
            if (!isUpperLetters(alpha3, 3))
                throw new IllegalArgumentException("alpha3 '" + alpha3 + "' is not three capital letters");
        }
        if (name.isEmpty()) throw new IllegalArgumentException("name is empty");
        // Slugs are stored rather than derived so that a changed slugifier cannot silently move pages.
        String expectedSlug = Slugs.slugify(name);
        if (!slug.equals(expectedSlug)) {
            throw new IllegalArgumentException(
                    "slug '" + slug + "' does not match name '" + name + "' (expected '" + expectedSlug + "')");
        }
        return new Party(
                code,
                alpha3,
                name,
                slug,
                kind,
                parseList(f.get(5), "aliases"),
                parseList(f.get(6), "demonyms"),
                parseList(f.get(7), "capitals"));
    }

    private static Party.Kind parseKind(String kind) {
        return switch (kind) {
            case "country" -> Party.Kind.COUNTRY;
            case "historical" -> Party.Kind.HISTORICAL;
            case "organization" -> Party.Kind.ORGANIZATION;
            default ->
                throw new IllegalArgumentException(
                        "kind '" + kind + "' is not one of country, historical, organization");
        };
    }

    private static List<String> parseList(String field, String column) {
        String trimmed = field.strip();
        if (trimmed.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String item : split(trimmed, '|')) {
            String value = item.strip();
            if (value.isEmpty()) throw new IllegalArgumentException("empty entry in " + column + " '" + field + "'");
            out.add(value);
        }
        return out;
    }

    /** String.split without the regex and without dropping trailing empty fields (empty columns are data). */
    private static List<String> split(String s, char sep) {
        List<String> parts = new ArrayList<>(8);
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, start)) {
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        parts.add(s.substring(start));
        return parts;
    }

    static boolean isUpperLetters(String s, int length) {
        if (s.length() != length) return false;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }
}
