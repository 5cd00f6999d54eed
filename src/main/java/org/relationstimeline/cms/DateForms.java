package org.relationstimeline.cms;

/**
 * The written forms of an entry's date, for the editor's date field: a pattern it checks while
 * typing and the hint shown below the field. The pattern is the shape {@code EventDate.parse}
 * accepts (it still checks the calendar: 31 April is refused by the build, not here); it is written
 * in the subset of regular expressions that JavaScript and Java read alike, so a test can hold the
 * two to the same samples.
 */
final class DateForms {
    private DateForms() {}

    private static final String MONTH = "(0[1-9]|1[0-2])";
    private static final String DAY = "(0[1-9]|[12][0-9]|3[01])";
    private static final String TIME = "T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?";
    private static final String OFFSET = "(Z|[+-](0[0-9]|1[0-8]):?[0-5][0-9])";

    /** YYYY, YYYY-MM, YYYY-MM-DD or a date-time with its offset, then an optional EDTF ~, ? or %. */
    private static final String POINT = "[0-9]{4}(-" + MONTH + "(-" + DAY + "(" + TIME + OFFSET + ")?)?)?[~?%]?";

    /** A point, or a span: START/END, or START/.. while it lasts (the build checks that END is not before START). */
    static final String PATTERN = "^" + POINT + "(/(" + POINT + "|\\.\\.))?$";

    static final String MESSAGE =
            "Write the date as YYYY-MM-DD, YYYY-MM or YYYY, optionally followed by ~ (approximate) or ? (uncertain);"
                    + " a span as START/END, or START/.. while it lasts.";

    /** Plain text: the CMS renders only bold, italic and links in hints. */
    static final String HINT = "As precise as is known: 2023-08-01, 2023-08 or 2023. Add ~ for an approximate date "
            + "(1962~ is shown \"c. 1962\") or ? for an uncertain one. A time needs its offset: "
            + "2023-08-01T01:30:00+03:00 is shown as 1 August. A span is START/END (1954-11-01/1962-03-19, "
            + "each end as precise as known) or START/.. while it lasts (2022-02-24/..).";
}
