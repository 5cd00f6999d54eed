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
}
