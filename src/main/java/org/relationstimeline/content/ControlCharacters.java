package org.relationstimeline.content;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relationstimeline.problems.Position;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.ForbiddenCharacters;
import org.relationstimeline.text.TextDecoder;

/**
 * Characters no entry may hold, anywhere: C0 controls other than tab and line breaks (NUL, BEL,
 * BS, ESC, ...), DEL, the C1 controls U+0080 to U+009F, lone surrogates (half of a UTF-16 pair,
 * which is no character at all and cannot be written as UTF-8) and noncharacters (U+FDD0 to
 * U+FDEF, U+FFFE, U+FFFF and their counterparts in every plane). They would reach pages, feeds,
 * the search index and the CSV export, where they corrupt terminals, spreadsheets and parsers.
 *
 * <p>They are refused, never stripped, so the author learns where they are: raw in the file (front
 * matter or body), as YAML escapes in double-quoted values ({@code "\0"}, {@code "\a"},
 * {@code "\e"}, {@code "\x85"}, {@code "\ud800"}), and as numeric character references in the
 * Markdown body ({@code &#27;}), which Markdown turns into the character itself.
 */
final class ControlCharacters {
    static final String CODE = "control-character";

    private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));");

    private ControlCharacters() {}

    /** True for a code point (or a lone surrogate unit) that content may not hold. */
    static boolean isForbidden(int cp) {
        return ForbiddenCharacters.isForbidden(cp);
    }

    /** "U+001B (ESC)", "U+D800 (a lone surrogate)". */
    static String describe(int cp) {
        String name = switch (cp) {
            case 0x00 -> "NUL";
            case 0x07 -> "BEL";
            case 0x08 -> "backspace";
            case 0x0b -> "vertical tab";
            case 0x0c -> "form feed";
            case 0x1b -> "ESC";
            case 0x7f -> "DEL";
            case 0x85 -> "next line, NEL";
            default ->
                cp >= 0xd800 && cp <= 0xdfff
                        ? "a lone surrogate"
                        : cp >= 0xfdd0 && cp <= 0xfdef || (cp & 0xfffe) == 0xfffe
                                ? "a noncharacter"
                                : "a control character";
        };
        return String.format("U+%04X (%s)", cp, name);
    }

    /** The first forbidden character of a string, or -1; a surrogate pair counts as its character. */
    static int firstForbidden(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isForbidden(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * The first forbidden character written raw in decoded file text (LF line ends, as
     * {@link TextDecoder} gives it), with its line and column (counted in characters).
     */
    static Optional<Problem> inText(String file, String text) {
        int at = firstForbidden(text);
        if (at < 0) return Optional.empty();
        Position p = positionOf(text, at, 1);
        return Optional.of(Problem.error(
                file,
                p.line(),
                p.column(),
                CODE,
                "the file holds " + describe(text.codePointAt(at)) + ", which content may not contain",
                "delete it: among control characters only tab and line breaks are allowed"));
    }

    /** The first numeric character reference to a forbidden character in a Markdown body. */
    static Optional<Problem> inBodyReferences(String file, String body, int bodyFirstLine) {
        if (body.indexOf("&#") < 0) return Optional.empty();
        Matcher m = REFERENCE.matcher(body);
        while (m.find()) {
            long cp = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
            if (cp > 0x10ffff || !isForbidden((int) cp)) continue;
            Position p = positionOf(body, m.start(), bodyFirstLine);
            return Optional.of(Problem.error(
                    file,
                    p.line(),
                    p.column(),
                    CODE,
                    "the character reference '" + m.group() + "' stands for " + describe((int) cp)
                            + ", which content may not contain",
                    "delete it: among control characters only tab and line breaks are allowed"));
        }
        return Optional.empty();
    }

    /**
     * Every scalar and key of the front matter that holds a forbidden character (which, once the
     * raw text has passed {@link #inText}, can only come from an escape in a double-quoted value),
     * reported at the escape itself when it can be found in {@code yaml}, else at the value.
     */
    static void inValues(String file, YamlValue root, String yaml, int yamlFirstLine, List<Problem> problems) {
        new ValueWalk(file, yaml, yamlFirstLine, problems).walk(root, "front matter");
    }

    private static final class ValueWalk {
        private final String file;
        private final String yaml;
        private final int firstLine;
        private final List<Problem> problems;
        private final Set<Position> reported = new HashSet<>();

        ValueWalk(String file, String yaml, int firstLine, List<Problem> problems) {
            this.file = file;
            this.yaml = yaml;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        void walk(YamlValue value, String where) {
            if (value instanceof YamlValue.Scalar s) {
                check(s.text(), s.position(), "the value of '" + where + "'");
            } else if (value instanceof YamlValue.Sequence seq) {
                for (YamlValue item : seq.items()) walk(item, where);
            } else if (value instanceof YamlValue.Mapping m) {
                for (YamlValue.Field f : m.fields().values()) {
                    String key = f.key();
                    if (check(key, f.keyPosition(), "a key")) key = "?";
                    walk(f.value(), key);
                }
            }
        }

        /** True when the text holds a forbidden character (and it was reported). */
        private boolean check(String text, Position at, String what) {
            int i = firstForbidden(text);
            if (i < 0) return false;
            Position escape = escapeIn(at).orElse(at);
            if (reported.add(escape)) {
                problems.add(
                        Problem.error(
                                file,
                                escape.line(),
                                escape.column(),
                                CODE,
                                what + " holds " + describe(text.codePointAt(i)) + ", which content may not contain",
                                "delete the escape: among control characters only \\t and line breaks are allowed, and a"
                                        + " character outside the basic plane is written itself or as a pair such as \\ud83d\\ude00"));
            }
            return true;
        }

        /** The position of the first escape of a forbidden character in the double-quoted scalar starting at {@code at}. */
        private Optional<Position> escapeIn(Position at) {
            int line = at.line();
            int offset = offsetOf(at);
            if (offset < 0 || offset >= yaml.length() || yaml.charAt(offset) != '"') return Optional.empty();
            int column = at.column();
            int i = offset + 1;
            column++;
            while (i < yaml.length()) {
                char c = yaml.charAt(i);
                if (c == '"') return Optional.empty();
                if (c == '\n') {
                    line++;
                    column = 1;
                    i++;
                    continue;
                }
                if (c == '\\' && i + 1 < yaml.length()) {
                    char e = yaml.charAt(i + 1);
                    int length = switch (e) {
                        case 'x' -> 2;
                        case 'u' -> 4;
                        case 'U' -> 8;
                        default -> 0;
                    };
                    int cp;
                    int next;
                    if (length > 0) {
                        if (i + 2 + length > yaml.length()) return Optional.empty();
                        try {
                            cp = Integer.parseUnsignedInt(yaml.substring(i + 2, i + 2 + length), 16);
                        } catch (NumberFormatException ex) {
                            return Optional.empty();
                        }
                        next = i + 2 + length;
                        // A high surrogate followed by an escaped low one is one character.
                        if (e == 'u'
                                && Character.isHighSurrogate((char) cp)
                                && yaml.startsWith("\\u", next)
                                && next + 6 <= yaml.length()) {
                            try {
                                int low = Integer.parseInt(yaml.substring(next + 2, next + 6), 16);
                                if (Character.isLowSurrogate((char) low)) {
                                    cp = Character.toCodePoint((char) cp, (char) low);
                                    next += 6;
                                }
                            } catch (NumberFormatException ex) {
                                return Optional.empty();
                            }
                        }
                    } else {
                        cp = switch (e) {
                            case '0' -> 0;
                            case 'a' -> 7;
                            case 'b' -> 8;
                            case 'v' -> 0x0b;
                            case 'f' -> 0x0c;
                            case 'e' -> 0x1b;
                            case 'N' -> 0x85;
                            default -> ' ';
                        };
                        next = i + 2;
                    }
                    if (isForbidden(cp)) return Optional.of(new Position(line, column));
                    if (e == '\n') {
                        line++;
                        column = 1;
                        i = next;
                        continue;
                    }
                    column += yaml.codePointCount(i, next);
                    i = next;
                    continue;
                }
                int cp = yaml.codePointAt(i);
                i += Character.charCount(cp);
                column++;
            }
            return Optional.empty();
        }

        /** The offset in {@code yaml} of a file position (columns count characters), or -1. */
        private int offsetOf(Position at) {
            int offset = 0;
            for (int l = firstLine; l < at.line(); l++) {
                int nl = yaml.indexOf('\n', offset);
                if (nl < 0) return -1;
                offset = nl + 1;
            }
            for (int c = 1; c < at.column(); c++) {
                if (offset >= yaml.length() || yaml.charAt(offset) == '\n') return -1;
                offset += Character.charCount(yaml.codePointAt(offset));
            }
            return offset;
        }
    }

    /** The line and column (counted in characters) of {@code index} in {@code text}, whose first line is {@code firstLine}. */
    private static Position positionOf(String text, int index, int firstLine) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Position(line, text.codePointCount(lineStart, index) + 1);
    }
}
