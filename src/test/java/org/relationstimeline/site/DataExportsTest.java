package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.Rfc4180;
import org.relationstimeline.testing.TestProject;

/** The JSON and CSV exports of the "basic" fixture, read back as a reuser would. */
class DataExportsTest {
    /** The entry fields documented in README "Data exports", in their order. */
    static final List<String> ENTRY_FIELDS = List.of(
            "id",
            "url",
            "slug",
            "title",
            "date",
            "date_precision",
            "date_qualifier",
            "date_display",
            "end_date",
            "end_date_precision",
            "end_date_qualifier",
            "ongoing",
            "parties",
            "pairs",
            "topics",
            "type",
            "type_class",
            "type_mode",
            "summary",
            "sources");
    /**
     * The entry fields of a pair's file: the same but {@code parties} (codes instead, in the same
     * order), {@code pairs} and {@code sources}, so that what a pair's file says about an entry does not grow with the
     * entry's pairs (see {@code BoundedOutputTest}).
     */
    static final List<String> PAIR_ENTRY_FIELDS = List.of(
            "id",
            "url",
            "slug",
            "title",
            "date",
            "date_precision",
            "date_qualifier",
            "date_display",
            "end_date",
            "end_date_precision",
            "end_date_qualifier",
            "ongoing",
            "party_codes",
            "topics",
            "type",
            "type_class",
            "type_mode",
            "summary");

    // Every test only reads the built site, so it is built once for the class.
    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void setUp() {
        project = TestProject.copy("basic", dir);
        assertThat(project.build().exitCode()).isZero();
    }

    private JsonObject json(String file) throws IOException {
        return JsonParser.parseString(Files.readString(project.site().resolve(file)))
                .getAsJsonObject();
    }

    private static List<String> slugs(JsonObject doc) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : doc.getAsJsonArray("entries"))
            out.add(e.getAsJsonObject().get("slug").getAsString());
        return out;
    }

    @Test
    void pairCountryAndTopicPagesLinkTheirFeedAndTheirDataAsJsonAndCsv() throws IOException {
        for (String page : List.of(
                "relations/algeria-russia/index.html", "countries/algeria/index.html", "topics/trade/index.html")) {
            org.jsoup.nodes.Element links = project.page(page).selectFirst(".follow-links");
            assertThat(links.text()).as(page).isEqualTo("Follow (Atom) \u00b7 Download data (JSON, CSV)");
            for (String href : links.select("a").eachAttr("href")) {
                assertThat(project.site().resolve(href.substring("/timeline/".length())))
                        .as(page + " -> " + href)
                        .isRegularFile();
            }
        }
    }

    @Test
    void aCountrysAndATopicsFilesHaveTheFormOfAPairs() throws IOException {
        JsonObject country = json("countries/algeria/index.json");
        assertThat(country.get("format").getAsString()).isEqualTo("relations-timeline/party");
        assertThat(country.getAsJsonObject("party").get("feed").getAsString())
                .isEqualTo("https://example.org/timeline/countries/algeria/feed.xml");
        assertThat(slugs(country))
                .containsExactly(
                        "defence-talks",
                        "a-same-day-trade-deal",
                        "partnership-declaration",
                        "debt-deal",
                        "script-title",
                        "recognition");
        JsonObject topic = json("topics/trade/index.json");
        assertThat(topic.get("format").getAsString()).isEqualTo("relations-timeline/topic");
        assertThat(topic.getAsJsonObject("topic").get("label").getAsString()).isEqualTo("Trade");
        assertThat(slugs(topic)).containsExactly("a-same-day-trade-deal", "debt-deal");
        for (JsonElement e : topic.getAsJsonArray("entries")) {
            assertThat(e.getAsJsonObject().keySet()).containsExactlyElementsOf(PAIR_ENTRY_FIELDS);
        }
    }

    @Test
    void aListsCsvHasARowPerEntryWithTheFieldsOfItsJson() throws IOException {
        List<List<String>> rows =
                Rfc4180.parse(Files.readString(project.site().resolve("relations/algeria-russia/entries.csv")));
        assertThat(rows.get(0))
                .containsExactly(
                        "id",
                        "url",
                        "date",
                        "date_precision",
                        "date_qualifier",
                        "date_display",
                        "title",
                        "summary",
                        "parties",
                        "topics",
                        "end_date",
                        "end_date_precision",
                        "end_date_qualifier",
                        "ongoing",
                        "type",
                        "type_class",
                        "type_mode");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(2))
                .containsExactly(
                        "tag:example.org,2026:/timeline/entries/2023/a-same-day-trade-deal",
                        "https://example.org/timeline/entries/2023/a-same-day-trade-deal/",
                        "2023-06-15",
                        "day",
                        "none",
                        "15 June 2023",
                        "A same-day trade memorandum",
                        "Three parties sign a memorandum on the same day.",
                        "DZ;EG;RU",
                        "trade",
                        "",
                        "",
                        "",
                        "false",
                        "",
                        "",
                        "");
        assertThat(Rfc4180.parse(Files.readString(project.site().resolve("topics/diplomacy/entries.csv"))))
                .hasSize(5);
    }

    @Test
    void pairIndexJsonListsThePairsEntriesInTimelineOrder() throws IOException {
        JsonObject doc = json("relations/algeria-russia/index.json");
        assertThat(doc.get("format").getAsString()).isEqualTo("relations-timeline/pair");
        assertThat(doc.get("version").getAsInt()).isEqualTo(2);
        assertThat(doc.getAsJsonObject("pair").get("name").getAsString()).isEqualTo("Algeria\u2013Russia");
        assertThat(doc.get("count").getAsInt()).isEqualTo(5);
        assertThat(slugs(doc))
                .containsExactly(
                        "defence-talks",
                        "a-same-day-trade-deal",
                        "partnership-declaration",
                        "debt-deal",
                        "script-title");
        List<String> onPage =
                project.page("relations/algeria-russia/index.html").select("li.entry-card[id]").eachAttr("id").stream()
                        .map(id -> id.replaceFirst("^\\d+-", ""))
                        .toList();
        assertThat(slugs(doc)).as("the same order as the timeline page").isEqualTo(onPage);
    }

    @Test
    void aPairsFileHoldsEachEntryAsInEntriesJsonButWithPartyCodesAndNeitherPairsNorSources() throws IOException {
        JsonObject all = json("data/entries.json");
        java.util.Map<String, JsonObject> bySlug = new java.util.HashMap<>();
        for (JsonElement e : all.getAsJsonArray("entries"))
            bySlug.put(e.getAsJsonObject().get("slug").getAsString(), e.getAsJsonObject());
        for (JsonElement e : json("relations/algeria-russia/index.json").getAsJsonArray("entries")) {
            JsonObject onPair = e.getAsJsonObject();
            assertThat(onPair.keySet()).containsExactlyElementsOf(PAIR_ENTRY_FIELDS);
            JsonObject full = bySlug.get(onPair.get("slug").getAsString());
            for (String field : PAIR_ENTRY_FIELDS) {
                if (!field.equals("party_codes"))
                    assertThat(onPair.get(field)).as(field).isEqualTo(full.get(field));
            }
            List<String> codes = new ArrayList<>();
            for (JsonElement p : full.getAsJsonArray("parties"))
                codes.add(p.getAsJsonObject().get("code").getAsString());
            List<String> onPairCodes = new ArrayList<>();
            for (JsonElement c : onPair.getAsJsonArray("party_codes")) onPairCodes.add(c.getAsString());
            assertThat(onPairCodes).isEqualTo(codes).contains("DZ", "RU");
            // Every pair the entry is on has its own file, named in entries.json.
            for (JsonElement pair : full.getAsJsonArray("pairs")) {
                assertThat(project.site().resolve("relations/" + pair.getAsString() + "/index.json"))
                        .exists();
            }
        }
    }

    @Test
    void everyPairHasAnIndexJsonBesideItsPage() {
        for (String page : project.pairPages()) {
            assertThat(project.site().resolve(page.replace("index.html", "index.json")))
                    .as(page)
                    .exists();
        }
    }

    @Test
    void entriesJsonHoldsEveryPublishedEntryWithTheDocumentedFields() throws IOException {
        JsonObject doc = json("data/entries.json");
        assertThat(doc.get("format").getAsString()).isEqualTo("relations-timeline/entries");
        assertThat(doc.get("count").getAsInt()).isEqualTo(7);
        assertThat(slugs(doc)).hasSize(7).doesNotContain("eu-draft");
        for (JsonElement e : doc.getAsJsonArray("entries")) {
            assertThat(e.getAsJsonObject().keySet()).containsExactlyElementsOf(ENTRY_FIELDS);
        }
        JsonObject talks = doc.getAsJsonArray("entries").get(0).getAsJsonObject();
        assertThat(talks.get("id").getAsString())
                .isEqualTo("tag:example.org,2026:/timeline/entries/2023/defence-talks");
        assertThat(talks.get("date").getAsString()).isEqualTo("2023-08-01");
        assertThat(talks.get("date_precision").getAsString()).isEqualTo("day");
        JsonObject algeria = talks.getAsJsonArray("parties").get(0).getAsJsonObject();
        assertThat(algeria.get("code").getAsString()).isEqualTo("DZ");
        assertThat(algeria.get("kind").getAsString()).isEqualTo("country");
        JsonObject source = talks.getAsJsonArray("sources").get(0).getAsJsonObject();
        assertThat(source.keySet()).containsExactly("title", "publisher", "date", "url");
        assertThat(source.get("publisher").getAsString()).isEqualTo("Fixture Agency");
        assertThat(doc.getAsJsonObject("topics").get("defense").getAsString()).isEqualTo("Defence");
    }

    @Test
    void approximateYearOnlyDatesKeepTheirPrecision() throws IOException {
        JsonArray entries = json("data/entries.json").getAsJsonArray("entries");
        JsonObject recognition = entries.get(entries.size() - 1).getAsJsonObject();
        assertThat(recognition.get("title").getAsString()).isEqualTo("1962");
        assertThat(recognition.get("date").getAsString()).isEqualTo("1962");
        assertThat(recognition.get("date_precision").getAsString()).isEqualTo("year");
        assertThat(recognition.get("date_qualifier").getAsString()).isEqualTo("approximate");
        assertThat(recognition.get("date_display").getAsString()).isEqualTo("c. 1962");
    }

    @Test
    void everyUrlInTheExportsIsAFileOfTheSite() throws IOException {
        List<String> urls = new ArrayList<>();
        collectUrls(json("data/entries.json"), urls);
        collectUrls(json("relations/algeria-russia/index.json"), urls);
        assertThat(urls).isNotEmpty();
        for (String url : urls) {
            if (!url.startsWith("https://example.org/timeline/")) continue; // a source's own URL
            String path = URI.create(url).getPath().substring("/timeline/".length());
            Path file = project.site().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            assertThat(file).as(url).exists();
        }
    }

    private static void collectUrls(JsonElement e, List<String> out) {
        if (e.isJsonObject()) {
            for (var field : e.getAsJsonObject().entrySet()) {
                if ((field.getKey().equals("url") || field.getKey().equals("feed"))
                        && field.getValue().isJsonPrimitive()) {
                    out.add(field.getValue().getAsString());
                } else {
                    collectUrls(field.getValue(), out);
                }
            }
        } else if (e.isJsonArray()) {
            for (JsonElement item : e.getAsJsonArray()) collectUrls(item, out);
        }
    }

    @Test
    void csvHasAHeaderAndOneRecordPerEntryInTheSameOrderAsTheJson() throws IOException {
        String text = Files.readString(project.site().resolve("data/entries.csv"));
        List<List<String>> rows = Rfc4180.parse(text);
        assertThat(rows.get(0)).containsExactlyElementsOf(DataExports.CSV_COLUMNS);
        assertThat(rows).hasSize(8);
        assertThat(rows.subList(1, rows.size())).allMatch(r -> r.size() == DataExports.CSV_COLUMNS.size());
        JsonArray entries = json("data/entries.json").getAsJsonArray("entries");
        for (int i = 0; i < entries.size(); i++) {
            JsonObject e = entries.get(i).getAsJsonObject();
            List<String> row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(e.get("id").getAsString());
            assertThat(row.get(6)).isEqualTo(e.get("title").getAsString());
            assertThat(row.get(7)).isEqualTo(e.get("summary").getAsString());
        }
    }

    @Test
    void csvQuotesFieldsWithCommasAndEndsEveryRecordWithCrLf() throws IOException {
        String text = Files.readString(project.site().resolve("data/entries.csv"));
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains(",\"A year-only, approximate entry whose title is a YAML number.\",");
        List<String> talks = Rfc4180.parse(text).get(1);
        assertThat(talks.get(8)).isEqualTo("DZ;RU");
        assertThat(talks.get(9)).isEqualTo("Algeria;Russia");
        assertThat(talks.get(DataExports.CSV_COLUMNS.indexOf("source_urls")))
                .isEqualTo("https://example.org/report-one");
    }
}
