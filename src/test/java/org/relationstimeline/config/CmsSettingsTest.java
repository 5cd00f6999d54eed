package org.relationstimeline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.problems.Problem;

/** The {@code cms:} section of site.yaml: off unless given, each value checked where it stands. */
class CmsSettingsTest {
    @TempDir
    Path dir;

    private SiteConfigLoader.Result load(String yaml) throws IOException {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, yaml);
        return SiteConfigLoader.load(file, "site.yaml");
    }

    private static List<String> formatted(SiteConfigLoader.Result r) {
        return r.problems().stream().map(Problem::format).toList();
    }

    @Test
    void withoutTheSectionThereIsNoEditor() throws IOException {
        assertThat(load("title: T\n").config().cms()).isEmpty();
        assertThat(load("cms:\n").config().cms()).isEmpty();
        assertThat(SiteConfig.defaults().cms()).isEmpty();
    }

    @Test
    void aRepositoryAloneCommitsToMainWithATokenAndNoPullRequests() throws IOException {
        SiteConfigLoader.Result r = load("cms:\n  repo: octocat/relations-timeline\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.config().cms()).contains(new CmsSettings("octocat/relations-timeline", "main", "", false));
    }

    @Test
    void everyKeyIsRead() throws IOException {
        SiteConfigLoader.Result r = load("cms:\n  repo: my-org/site.v2\n  branch: content/edits\n"
                + "  auth_url: https://auth.example.org/\n  pull_requests: true\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.config().cms())
                .contains(new CmsSettings("my-org/site.v2", "content/edits", "https://auth.example.org", true));
    }

    @Test
    void theBaseUrlOverrideKeepsTheSection() throws IOException {
        SiteConfig config = load("cms:\n  repo: a/b\n").config().withBaseUrl("https://x.example/");
        assertThat(config.cms()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "octocat",
                "octocat/",
                "/repo",
                "a/b/c",
                "-owner/repo",
                "owner/..",
                "ow ner/repo",
                "owner/re\"po",
                "https://github.com/owner/repo"
            })
    void aRepositoryNotInOwnerNameFormIsAnErrorAtItsValue(String repo) throws IOException {
        SiteConfigLoader.Result r = load("title: T\ncms:\n  repo: '" + repo.replace("'", "''") + "'\n");
        assertThat(formatted(r))
                .singleElement()
                .asString()
                .startsWith("site.yaml:3:9: error: '" + repo + "' is not a GitHub repository in the form owner/name");
        assertThat(r.config().cms()).isEmpty();
    }

    @Test
    void aMissingRepositoryIsAnError() throws IOException {
        SiteConfigLoader.Result r = load("cms:\n  branch: main\n");
        assertThat(formatted(r)).singleElement().asString().contains("error: required field 'repo' is missing");
        assertThat(r.config().cms()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-x", "a..b", "a//b", "ends/", "x.lock", "a b", "a:b", "a/.hidden"})
    void aBranchGitWouldRefuseIsAnErrorAndMainIsUsed(String branch) throws IOException {
        SiteConfigLoader.Result r = load("cms:\n  repo: a/b\n  branch: '" + branch + "'\n");
        assertThat(formatted(r))
                .singleElement()
                .asString()
                .startsWith("site.yaml:3:11: error: '" + branch + "' is not a branch name git accepts");
        assertThat(r.config().cms().orElseThrow().branch()).isEqualTo("main");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://auth.example.org",
                "https://auth.example.org/path",
                "https://auth.example.org/?x=1",
                "javascript:alert(1)",
                "auth.example.org"
            })
    void anAuthUrlThatIsNotABareHttpsOriginIsAnError(String url) throws IOException {
        SiteConfigLoader.Result r = load("cms:\n  repo: a/b\n  auth_url: '" + url + "'\n");
        assertThat(formatted(r))
                .singleElement()
                .asString()
                .startsWith("site.yaml:3:13: error: auth_url must be an https origin");
        assertThat(r.config().cms().orElseThrow().authUrl()).isEmpty();
    }

    @Test
    void unknownKeysAreWarningsWithASuggestionAndAWrongShapeIsAnError() throws IOException {
        assertThat(formatted(load("cms:\n  repo: a/b\n  brnach: x\n")))
                .singleElement()
                .asString()
                .isEqualTo("site.yaml:3:3: warning: unknown cms key 'brnach' is ignored (did you mean 'branch'?)");
        assertThat(formatted(load("cms: [a, b]\n")))
                .singleElement()
                .asString()
                .startsWith("site.yaml:1:6: error: 'cms' must be a mapping");
    }
}
