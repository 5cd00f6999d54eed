package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pull-request workflow, read as data (it cannot run here): it runs on every pull request
 * with read-only rights, checks with annotations, then builds the site, in that order.
 */
class CheckWorkflowTest {
    Map<String, Object> workflow;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void load() throws IOException {
        String text = Files.readString(Path.of(".github/workflows/check.yml"));
        workflow = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> steps() {
        return (List<Map<String, Object>>)
                map(map(workflow.get("jobs")).get("check")).get("steps");
    }

    private Map<String, Object> step(String action) {
        return steps().stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith(action + "@"))
                .findFirst()
                .orElseThrow();
    }

    private int indexOfRun(String command) {
        List<Map<String, Object>> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            if (String.valueOf(steps.get(i).get("run")).contains(command)) return i;
        }
        throw new AssertionError("no step runs " + command);
    }

    @Test
    void runsOnEveryPullRequestAndNeverWithTheTargetRepositorysRights() {
        // YAML 1.1 reads the bare key "on" as true; GitHub reads it as "on".
        Map<String, Object> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
        assertThat(on).containsKey("pull_request").doesNotContainKey("pull_request_target");
        assertThat(on.get("pull_request"))
                .as("every branch, every type of change")
                .isNull();
    }

    @Test
    void mayOnlyReadTheCodeAndKeepsNoCredentials() {
        assertThat(map(workflow.get("permissions"))).containsExactly(Map.entry("contents", "read"));
        assertThat(map(map(workflow.get("jobs")).get("check"))).doesNotContainKey("permissions");
        assertThat(map(step("actions/checkout").get("with"))).containsEntry("persist-credentials", false);
        assertThat(map(workflow.get("concurrency"))).containsEntry("cancel-in-progress", true);
    }

    @Test
    void buildsTheGeneratorWithJava17AndAMavenCache() {
        Map<String, Object> with = map(step("actions/setup-java").get("with"));
        assertThat(String.valueOf(with.get("java-version"))).isEqualTo("17");
        assertThat(with).containsEntry("cache", "maven");
        assertThat(indexOfRun("mvn -B")).isLessThan(indexOfRun("relations-timeline.jar check"));
    }

    @Test
    void checksWithAnnotationsThenBuildsTheSite() {
        int check = indexOfRun("relations-timeline.jar check");
        int build = indexOfRun("relations-timeline.jar build");
        assertThat(String.valueOf(steps().get(check).get("run"))).contains("--format github");
        assertThat(build).isGreaterThan(check);
        // A failed check stops the job: no step hides the failure.
        assertThat(steps()).allSatisfy(s -> assertThat(s).doesNotContainKeys("continue-on-error", "if"));
    }
}
