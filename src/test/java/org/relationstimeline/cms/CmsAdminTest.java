package org.relationstimeline.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.config.SiteConfigLoader;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.content.ProfileReader;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.testing.HtmlValidator;
import org.relationstimeline.text.YamlDocument;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.Timeline;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code /admin/}: published only with a cms: section, its config.yml made from the site's own parties and topics. */
class CmsAdminTest {
    /** Quotes, a colon, a comment sign, markup, YAML words and a line separator: a name that must stay text. */
    static final String HOSTILE = "Quote \" colon: hash # <b>NO</b> ]} & yes\u2028end";

    @TempDir
    Path dir;

    private SiteConfig config(String yaml) throws IOException {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, yaml);
        SiteConfigLoader.Result r = SiteConfigLoader.load(file, "site.yaml");
        assertThat(r.problems()).isEmpty();
        return r.config();
    }

    private static Map<String, OutputFile> files(SiteConfig config) {
        SiteModel model = new SiteModel(config, new UrlScheme(config.baseUrl()), Timeline.of(List.of()), List.of());
        return new CmsAdmin().files(model).stream().collect(Collectors.toMap(OutputFile::file, f -> f));
    }

    private static String text(OutputFile f) {
        return new String(f.content(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entries(Map<String, Object> config) {
        return ((List<Map<String, Object>>) config.get("collections")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> fieldsByName(Map<String, Object> collection) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) collection.get("fields"))
            out.put((String) f.get("name"), f);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> optionValues(Map<String, Object> field) {
        return ((List<Map<String, Object>>) field.get("options"))
                .stream().map(o -> (String) o.get("value")).toList();
    }

    @Test
    void withoutACmsSectionNothingIsPublished() throws IOException {
        assertThat(files(config("title: T\n"))).isEmpty();
    }

    @Test
    void theEditorIsThePageTheConfigAndTheVendoredScriptWithItsLicence() throws IOException {
        Map<String, OutputFile> files = files(config("cms:\n  repo: octocat/timeline\n"));
        SveltiaBundle bundle = SveltiaBundle.shipped();
        assertThat(files)
                .containsOnlyKeys(
                        "admin/index.html",
                        "admin/config.yml",
                        "admin/" + bundle.scriptFile(),
                        "admin/" + bundle.licenseFile());
        assertThat(files.get("admin/" + bundle.scriptFile()).content()).isEqualTo(bundle.script());
        assertThat(text(files.get("admin/" + bundle.licenseFile()))).startsWith("MIT License");
    }

    @Test
    void thePageLoadsOnlyTheVendoredScriptAndTheConfigBesideIt() throws IOException {
        Document page = Jsoup.parse(text(files(config("title: \"<b>My</b> & timeline\"\ncms:\n  repo: a/b\n"))
                .get("admin/index.html")));
        assertThat(page.select("script")).singleElement().satisfies(s -> {
            assertThat(s.attr("src")).isEqualTo(SveltiaBundle.shipped().scriptFile());
            assertThat(s.data()).isEmpty();
        });
        assertThat(page.select("link[rel=cms-config-url]").attr("href")).isEqualTo("config.yml");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("script-src 'self';");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.title()).isEqualTo("<b>My</b> & timeline \u00b7 editor");
    }

    @Test
    void thePageIsValidHtml() throws IOException {
        Path page = dir.resolve("index.html");
        Files.write(
                page,
                files(config("title: \"A & B <i>\"\ncms:\n  repo: a/b\n"))
                        .get("admin/index.html")
                        .content());
        assertThat(new HtmlValidator().errors(page)).isEmpty();
    }

    @Test
    void theBackendIsTheConfiguredRepositoryAndBranchSignedInWithAToken() throws IOException {
        Map<String, Object> config = yaml(text(files(config("cms:\n  repo: octocat/timeline\n  branch: edits\n"))
                .get("admin/config.yml")));
        assertThat(config.get("backend"))
                .isEqualTo(Map.of(
                        "name",
                        "github",
                        "repo",
                        "octocat/timeline",
                        "branch",
                        "edits",
                        "auth_methods",
                        List.of("token")));
        assertThat(config).doesNotContainKey("publish_mode");
        assertThat(config)
                .containsEntry("site_url", SiteConfig.DEFAULT_BASE_URL)
                .containsEntry("media_folder", "content/images")
                .containsEntry("public_folder", "/images");
    }

    @Test
    void anOAuthHelperAndPullRequestsAreOptIn() throws IOException {
        Map<String, Object> config = yaml(
                text(files(config("cms:\n  repo: a/b\n  auth_url: https://auth.example.org\n  pull_requests: true\n"))
                        .get("admin/config.yml")));
        assertThat(config.get("backend"))
                .isEqualTo(Map.of(
                        "name", "github", "repo", "a/b", "branch", "main", "base_url", "https://auth.example.org"));
        assertThat(config).containsEntry("publish_mode", "editorial_workflow");
    }

    @Test
    void theEntriesCollectionHasOneFieldPerFrontMatterKeyAndTheBody() throws IOException {
        Map<String, Object> entries =
                entries(yaml(text(files(config("cms:\n  repo: a/b\n")).get("admin/config.yml"))));
        List<String> expected = new ArrayList<>(EntryReader.KEYS);
        expected.add("body");
        assertThat(fieldsByName(entries).keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(entries)
                .containsEntry("folder", "content/entries")
                .containsEntry("extension", "md")
                .containsEntry("format", "frontmatter")
                .containsEntry("path", EntryCollection.PATH)
                .containsEntry("slug", EntryCollection.SLUG);
        Map<String, Map<String, Object>> fields = fieldsByName(entries);
        assertThat(fields.get("title")).containsEntry("maxlength", EntryReader.MAX_TITLE_CHARACTERS);
        assertThat(fields.get("date")).containsEntry("widget", "string").containsEntry("hint", DateForms.HINT);
        assertThat(fields.get("draft")).containsEntry("widget", "boolean").containsEntry("default", false);
        // A new entry is published the day it is written; updated is left for the editor to fill.
        assertThat(fields.get("published"))
                .containsEntry("widget", "datetime")
                .containsEntry("format", "YYYY-MM-DD")
                .containsEntry("time_format", false)
                .containsEntry("default", "{{now}}");
        assertThat(fields.get("updated")).containsEntry("widget", "datetime").containsEntry("default", "");
        assertThat(fields.get("body")).containsEntry("widget", "markdown");
        assertThat(fieldsByName(fields.get("sources")).keySet()).containsExactly("title", "publisher", "date", "url");
        // Only what an entry must have is required in the editor.
        assertThat(fields.values().stream()
                        .filter(f -> !Boolean.FALSE.equals(f.get("required")))
                        .map(f -> f.get("name")))
                .containsExactly("title", "date", "countries");
    }

    @Test
    void countriesAreEveryPartyOfTheRegistryAndTheConfigWithTheirNamesAsWritten() throws IOException {
        SiteConfig site = config("parties:\n  - code: ZQ\n    name: " + YamlDocument.quote(HOSTILE)
                + "\n    slug: hostile\n" + "limits:\n  max_parties_per_entry: 12\ncms:\n  repo: a/b\n");
        Map<String, Map<String, Object>> fields =
                fieldsByName(entries(yaml(text(files(site).get("admin/config.yml")))));
        Map<String, Object> countries = fields.get("countries");
        List<String> codes = CountryRegistry.loadDefault().withExtraParties(site.parties()).all().stream()
                .map(Party::code)
                .toList();
        assertThat(optionValues(countries)).containsExactlyElementsOf(codes).contains("ZQ", "NO", "SU", "XK");
        assertThat(countries)
                .containsEntry("multiple", true)
                .containsEntry("min", 2)
                .containsEntry("max", 12);
        assertThat(countries.get("options").toString()).contains("{label=" + HOSTILE + " (ZQ), value=ZQ}");
    }

    @Test
    void topicsAreTheSiteTopicsByKeyWithTheirLabels() throws IOException {
        Map<String, Map<String, Object>> fields = fieldsByName(entries(
                yaml(text(files(config("topics:\n  defense: \"Defence & <arms>\"\n  trade: Trade\ncms:\n  repo: a/b\n"))
                        .get("admin/config.yml")))));
        assertThat(fields.get("topics"))
                .containsEntry("widget", "select")
                .containsEntry("multiple", true)
                .containsEntry("max", EntryReader.MAX_TOPICS)
                .containsEntry(
                        "options",
                        List.of(
                                Map.of("label", "Defence & <arms>", "value", "defense"),
                                Map.of("label", "Trade", "value", "trade")));
        Map<String, Map<String, Object>> withoutTopics = fieldsByName(
                entries(yaml(text(files(config("cms:\n  repo: a/b\n")).get("admin/config.yml")))));
        assertThat(withoutTopics.get("topics")).containsEntry("widget", "list").doesNotContainKey("options");
    }

    @Test
    void theEventTypeIsAnOptionalSelectOfTheWholeVocabularyInItsOrder() throws IOException {
        Map<String, Object> type = fieldsByName(
                        entries(yaml(text(files(config("cms:\n  repo: a/b\n")).get("admin/config.yml")))))
                .get("type");
        assertThat(type)
                .containsEntry("widget", "select")
                .containsEntry("required", false)
                .doesNotContainKey("multiple");
        assertThat(optionValues(type))
                .containsExactlyElementsOf(EventType.keys())
                .startsWith("agree", "consult")
                .endsWith("fight")
                .hasSize(16);
        assertThat(type.get("options").toString())
                .contains("{label=Fight (conflict, material): armed clashes, war, strikes, attacks, value=fight}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> collectionsByName(Map<String, Object> config) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) config.get("collections"))
            out.put((String) c.get("name"), c);
        return out;
    }

    @Test
    void profilesAndPagesHaveCollectionsWithTheKeysOfTheirContracts() throws IOException {
        Map<String, Map<String, Object>> collections =
                collectionsByName(yaml(text(files(config("cms:\n  repo: a/b\n")).get("admin/config.yml"))));
        assertThat(collections.keySet()).containsExactly("entries", "relations", "countries", "pages");

        Map<String, Object> relations = collections.get("relations");
        assertThat(relations)
                .containsEntry("folder", "content/relations")
                .containsEntry("format", "frontmatter")
                .containsEntry("create", true)
                // The file name is the pair's slug, typed in the slug editor and not saved as a key.
                .containsEntry("slug", Map.of("editable", true));
        List<String> relationKeys = new ArrayList<>(ProfileReader.RELATION_KEYS);
        relationKeys.add("body");
        assertThat(fieldsByName(relations).keySet()).containsExactlyElementsOf(relationKeys);
        Map<String, Map<String, Object>> facts =
                fieldsByName(fieldsByName(relations).get("facts"));
        assertThat(facts.keySet()).containsExactly("label", "value", "source");
        // A fact without a source is an error in the build, so the editor requires one.
        assertThat(facts.get("source")).doesNotContainKey("required");
        assertThat(fieldsByName(facts.get("source")).keySet()).containsExactly("title", "publisher", "date", "url");
        Map<String, Map<String, Object>> eras =
                fieldsByName(fieldsByName(relations).get("eras"));
        assertThat(eras.keySet()).containsExactly("title", "from", "to", "summary");
        assertThat(eras.get("to")).containsEntry("required", false);
        assertThat(fieldsByName(fieldsByName(relations).get("assessment")).keySet())
                .containsExactly("text", "as_of", "source");

        List<String> partyKeys = new ArrayList<>(ProfileReader.PARTY_KEYS);
        partyKeys.add("body");
        assertThat(collections.get("countries")).containsEntry("folder", "content/countries");
        assertThat(fieldsByName(collections.get("countries")).keySet()).containsExactlyElementsOf(partyKeys);

        List<String> pageKeys = new ArrayList<>(org.relationstimeline.content.PageTextReader.KEYS);
        pageKeys.add("body");
        assertThat(collections.get("pages")).containsEntry("folder", "content/pages");
        assertThat(fieldsByName(collections.get("pages")).keySet()).containsExactlyElementsOf(pageKeys);
    }
}
