package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Pages workflow, read as data: it cannot run here, so these checks keep its shape
 * (triggers, permissions, the official actions, the base URL handed to the build) from drifting.
 */
class PagesWorkflowTest {
    Map<String, Object> workflow;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void load() throws IOException {
        String text = Files.readString(Path.of(".github/workflows/pages.yml"));
        workflow = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> steps(String job) {
        return (List<Map<String, Object>>)
                map(map(workflow.get("jobs")).get(job)).get("steps");
    }

    private Optional<Map<String, Object>> step(String job, String action) {
        return steps(job).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith(action + "@"))
                .findFirst();
    }

    @Test
    void runsOnPushToMainAndByHand() {
        // YAML 1.1 reads the bare key "on" as true; GitHub reads it as "on".
        Map<String, Object> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
        assertThat(map(on.get("push")).get("branches")).isEqualTo(List.of("main"));
        assertThat(on).containsKey("workflow_dispatch");
    }

    @Test
    void mayWritePagesAndMintAnIdTokenButOnlyReadTheCode() {
        assertThat(map(workflow.get("permissions")))
                .containsEntry("contents", "read")
                .containsEntry("pages", "write")
                .containsEntry("id-token", "write");
        assertThat(map(workflow.get("concurrency")))
                .containsEntry("group", "pages")
                .containsEntry("cancel-in-progress", false);
    }

    @Test
    void buildsWithJava17AndAMavenCache() {
        Map<String, Object> with =
                map(step("build", "actions/setup-java").orElseThrow().get("with"));
        assertThat(String.valueOf(with.get("java-version"))).isEqualTo("17");
        assertThat(with).containsEntry("cache", "maven");
        assertThat(steps("build")).anyMatch(s -> String.valueOf(s.get("run")).startsWith("mvn -B"));
    }

    @Test
    void theSiteIsBuiltForTheAddressThePagesSettingsGive() {
        Map<String, Object> configure = step("build", "actions/configure-pages").orElseThrow();
        Map<String, Object> build = steps("build").stream()
                .filter(s -> String.valueOf(s.get("run")).contains("bin/relations-timeline build"))
                .findFirst()
                .orElseThrow();
        assertThat(map(build.get("env")).get("BASE_URL"))
                .isEqualTo("${{ steps." + configure.get("id") + ".outputs.base_url }}");
        assertThat(String.valueOf(build.get("run"))).contains("--base-url \"${BASE_URL%/}/\"");
    }

    @Test
    void uploadsTheSiteFolderAndDeploysItWithTheOfficialActions() {
        assertThat(map(step("build", "actions/upload-pages-artifact")
                        .orElseThrow()
                        .get("with")))
                .containsEntry("path", "site");
        Map<String, Object> deploy = map(map(workflow.get("jobs")).get("deploy"));
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat(map(deploy.get("environment"))).containsEntry("name", "github-pages");
        assertThat(step("deploy", "actions/deploy-pages")).isPresent();
    }

    private Map<String, Object> buildStep() {
        return steps("build").stream()
                .filter(s -> String.valueOf(s.get("run")).contains("bin/relations-timeline build"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSiteIsBuiltWithTheLauncherAndRestoredFilesAreVerified() {
        String run = String.valueOf(buildStep().get("run"));
        assertThat(run).startsWith("bin/relations-timeline build --verify-output");
        assertThat(run).as("a refused cache falls back to a cold build").contains("rm -rf site .rt-cache");
        Map<String, Object> job = map(map(workflow.get("jobs")).get("build"));
        assertThat(map(job.get("env"))).containsEntry("RT_SEAL_KEY", "${{ secrets.RT_SEAL_KEY }}");
    }

    @Test
    void theBuildCacheIsKeyedOnGeneratorTemplatesAndConfigAndRestoredOnlyUnderTheSecret() {
        Map<String, Object> cache = step("build", "actions/cache").orElseThrow();
        assertThat(cache.get("if")).isEqualTo("env.RT_SEAL_KEY != ''");
        Map<String, Object> with = map(cache.get("with"));
        assertThat(String.valueOf(with.get("path")).lines().toList())
                .containsExactly("site", ".rt-cache/build/site/cache");
        String key = String.valueOf(with.get("key"));
        String inputs =
                "rt-build-${{ hashFiles('pom.xml', 'src/main/**') }}-${{ hashFiles('templates/**', 'site.yaml') }}-";
        assertThat(key).isEqualTo(inputs + "${{ github.sha }}");
        assertThat(String.valueOf(with.get("restore-keys")).strip())
                .as("only an entry made by the same generator, templates and config")
                .isEqualTo(inputs);
        List<Map<String, Object>> steps = steps("build");
        assertThat(steps.indexOf(cache)).as("restored before the build").isLessThan(steps.indexOf(buildStep()));
    }
}
