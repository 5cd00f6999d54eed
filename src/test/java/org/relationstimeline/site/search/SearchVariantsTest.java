package org.relationstimeline.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.search.IndexReader.Query;
import org.relationstimeline.timeline.Timeline;

/** The variant table ({@code variants.tsv}) against the Java index; SearchBrowserTest runs it in chromium. */
class SearchVariantsTest {
    static VariantCases cases;
    static IndexReader index;

    @BeforeAll
    static void build() {
        cases = VariantCases.load();
        SiteConfig config = SiteConfig.defaults().withBaseUrl("https://example.org/v/");
        index = new IndexReader(
                SearchIndex.build(Timeline.of(cases.entries()), config, new UrlScheme(config.baseUrl())));
    }

    @Test
    void skeletonsFollowTheRules() {
        assertThat(SearchVariants.skeleton("chanegriha"))
                .isEqualTo("chngrh")
                .isEqualTo(SearchVariants.skeleton("chengriha"));
        assertThat(SearchVariants.skeleton("shoygu")).isEqualTo("shg").isEqualTo(SearchVariants.skeleton("shoigu"));
        assertThat(SearchVariants.skeleton("algiera")).isEqualTo("algr").isEqualTo(SearchVariants.skeleton("algeria"));
        assertThat(SearchVariants.skeleton("khartoum")).isEqualTo("hrtm");
        assertThat(SearchVariants.skeleton("ousmane")).isEqualTo("usmn");
        assertThat(SearchVariants.skeleton("mohammed")).isEqualTo("mhmd");
    }

    @Test
    void typosAllowedGrowWithTheWord() {
        assertThat(SearchVariants.allowedEdits("gas")).isZero();
        assertThat(SearchVariants.allowedEdits("talk")).isEqualTo(1);
        assertThat(SearchVariants.allowedEdits("algeria")).isEqualTo(1);
        assertThat(SearchVariants.allowedEdits("pipeline")).isEqualTo(2);
        assertThat(SearchVariants.allowedEdits("2023")).as("numbers").isZero();
    }

    @Test
    void everyCaseOfTheTableMatchesAsItSays() {
        for (VariantCases.Row row : cases.rows()) {
            IndexReader.Result r = index.run(Query.words(row.query()));
            String what = row.query() + " -> " + row.indexed() + " (" + row.why() + ")";
            if (row.isParty()) {
                assertThat(r.ids()).as(what).isNotEmpty();
                int top = r.ids().get(0);
                assertThat(parties(index.row(top))).as(what).contains(row.party());
                assertThat(r.tier(top)).as(what).isEqualTo(row.tier());
                continue;
            }
            Integer tier = r.matched().get(0).get(row.indexed());
            int id = idOf("w-" + row.indexed());
            if (row.tier() < 0) {
                assertThat(tier).as(what).isNull();
                assertThat(r.ids()).as(what).doesNotContain(id);
            } else {
                assertThat(tier).as(what).isEqualTo(row.tier());
                assertThat(r.ids()).as(what).contains(id);
                assertThat(r.tier(id)).as(what).isEqualTo(row.tier());
            }
        }
    }

    @Test
    void variantsAndTyposRankBelowExactMatches() {
        // "pipeline" is a word of one entry; "pipelime" of none, so its one-edit match is all there is.
        IndexReader.Result exact = index.run(Query.words("algeria"));
        IndexReader.Result typo = index.run(Query.words("algiera"));
        int word = idOf("w-algeria");
        int party = idOf("p-algeria");
        assertThat(exact.ids()).contains(word, party);
        assertThat(exact.tier(word)).isZero();
        assertThat(typo.tier(word)).isEqualTo(1);
        assertThat(typo.ids()).contains(word, party);
        IndexReader.Result both = index.run(Query.words("refinery"));
        assertThat(both.ids().get(0)).isEqualTo(idOf("w-refinery"));
    }

    static int idOf(String slug) {
        int n = index.manifest.get("entries").getAsInt();
        for (int id = 0; id < n; id++) if (index.row(id).get(1).getAsString().contains("/" + slug + "/")) return id;
        throw new AssertionError("no entry " + slug);
    }

    static List<String> parties(JsonArray row) {
        JsonArray all = index.manifest.getAsJsonArray("parties");
        return StreamSupport.stream(row.get(4).getAsJsonArray().spliterator(), false)
                .map(i -> all.get(i.getAsInt()).getAsJsonArray().get(0).getAsString())
                .toList();
    }
}
