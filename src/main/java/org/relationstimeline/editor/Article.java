package org.relationstimeline.editor;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted news article: a first line {@code date YYYY-MM-DD}, then the text (which may start on the
 * same line). Without that line the first date written in the text is used.
 *
 * @param date the day of the article
 * @param dateSource how the date was found, for the import report
 * @param text the article, without the date line, trimmed, paragraphs kept
 */
public record Article(LocalDate date, String dateSource, String text) {
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\A\\s*date\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})(?![\\d-])[ \\t]*(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final String MONTHS =
            "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<!\\d)(\\d{1,2}) " + MONTHS + ",? (\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTHS + " (\\d{1,2}),? (\\d{4})(?!\\d)");

    /** Why an article could not be read. */
    public static final class ArticleException extends Exception {
        public ArticleException(String message) {
            super(message);
        }
    }

    /** Reads an article's text (line ends already normalised to LF). */
    public static Article parse(String raw) throws ArticleException {
        Matcher m = DATE_LINE.matcher(raw);
        if (m.lookingAt()) {
            LocalDate date = day(m.group(1))
                    .orElseThrow(() -> new ArticleException("the first line's date '" + m.group(1)
                            + "' is not a day of the calendar; write it as 'date YYYY-MM-DD'"));
            String text = m.group(2).strip();
            if (text.isEmpty()) throw new ArticleException("the article has a date line but no text after it");
            return new Article(date, "from the first line", text);
        }
        String text = raw.strip();
        if (text.isEmpty()) throw new ArticleException("the file is empty");
        return fromText(text)
                .map(d -> new Article(d, "from the text (no 'date YYYY-MM-DD' first line)", text))
                .orElseThrow(() -> new ArticleException("no date found: start the file with a line 'date YYYY-MM-DD'"));
    }

    /** The first date written in the text: 2023-08-01, 1 August 2023 or August 1, 2023. */
    private static Optional<LocalDate> fromText(String text) {
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            Optional<LocalDate> d = day(iso.group());
            if (d.isPresent()) {
                best = iso.start();
                found = d.get();
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find() && dmy.start() < best) {
            Optional<LocalDate> d = of(dmy.group(3), dmy.group(2), dmy.group(1));
            if (d.isPresent()) {
                best = dmy.start();
                found = d.get();
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.find() && mdy.start() < best) {
            Optional<LocalDate> d = of(mdy.group(3), mdy.group(1), mdy.group(2));
            if (d.isPresent()) found = d.get();
        }
        return Optional.ofNullable(found);
    }

    private static Optional<LocalDate> of(String year, String monthName, String day) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(monthName)) {
                return day(String.format("%s-%02d-%02d", year, month.getValue(), Integer.parseInt(day)));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
