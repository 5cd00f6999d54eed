package org.relationstimeline.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.cli.Main;
import org.relationstimeline.site.search.IndexReader.Query;
import org.relationstimeline.testing.Slow;

/** The queries issue 16 names, on the index of the shipped content, read as search.js reads it. */
@Slow // builds the shipped site
class ShippedSearchTest {
    static final String CHANEGRIHA = "Shoigu and Algeria's army chief Chanegriha discuss deeper military cooperation";

    @TempDir
    static Path dir;

    static IndexReader index;

    @BeforeAll
    static void build() throws Exception {
        Path site = dir.resolve("site");
        StringWriter err = new StringWriter();
        int code = Main.execute(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true),
                "build",
                "--content",
                "content",
                "--config",
                "site.yaml",
                "--templates",
                "templates",
                "--out",
                site.toString(),
                "--quiet");
        assertThat(code).as(err.toString()).isZero();
        index = new IndexReader(SearchBrowserTest.builtIndex(site));
    }

    @Test
    void misspeltAndOtherwiseRomanisedNamesFindTheirEntry() {
        for (String q : List.of("Chanegriha", "Chengriha", "Shoygu", "Shoigu chengriha")) {
            assertThat(index.run(Query.words(q)).titles()).as(q).contains(CHANEGRIHA);
        }
        // Everything "Algeria" finds; one edit from "Algiers" too, so it may find the capital's entries as well.
        assertThat(index.run(Query.words("Algiera")).ids())
                .containsAll(index.run(Query.words("Algeria")).ids());
    }

    @Test
    void aliasesDemonymsAndFormerNamesFindTheirParty() {
        assertThat(index.run(Query.words("Russian Federation")).ids()).isNotEmpty();
        assertThat(index.run(Query.words("Algerian")).ids())
                .containsAll(index.run(Query.words("Algeria")).ids());
        assertThat(index.run(Query.words("Soviet")).ids()).isNotEmpty();
        assertThat(index.run(Query.words("Soviet")).ids())
                .as("the demonym finds the state's entries (and texts that say Soviet)")
                .containsAll(index.run(Query.words("USSR")).ids());
    }
}
