package org.relationstimeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void plainFieldsAreNotQuoted() {
        assertThat(Csv.row(List.of("a", "b c", ""))).isEqualTo("a,b c,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithInnerQuotesDoubled() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void everyRecordEndsWithCrLf() {
        assertThat(Csv.row(List.of("x"))).endsWith("\r\n");
    }

    /** OWASP's CSV injection rule: such a cell is prefixed with a single quote, and quoted. */
    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaAreNeutralised() {
        assertThat(Csv.field("=HYPERLINK(\"https://evil.example\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"");
        assertThat(Csv.field("+1+1")).isEqualTo("\"'+1+1\"");
        assertThat(Csv.field("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.field("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
        // Full-width forms, which some spreadsheets also take for formula signs.
        assertThat(Csv.field("\uff1d1+1")).isEqualTo("\"'\uff1d1+1\"");
    }

    @Test
    void signsInsideACellAndEmptyCellsAreLeftAlone() {
        assertThat(Csv.row(List.of("a=b", "1-2", "x@y.org", "", "'quoted"))).isEqualTo("a=b,1-2,x@y.org,,'quoted\r\n");
    }
}
