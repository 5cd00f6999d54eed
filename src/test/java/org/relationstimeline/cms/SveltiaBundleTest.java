package org.relationstimeline.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The vendored CMS is the version the npm lockfile pins, byte for byte what the update script
 * recorded, and ships with its licence: a version bump without {@code scripts/update-cms.sh}, or
 * a hand-edited script, fails here.
 */
class SveltiaBundleTest {
    static final Path VENDOR = Path.of("vendor/sveltia-cms");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) throws IOException {
        // JSON is YAML: the YAML reader already on the test classpath reads both files.
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theBundleIsTheVersionThePackageAndItsLockfilePin() throws IOException {
        String pinned = (String)
                ((Map<String, Object>) json(VENDOR.resolve("package.json")).get("dependencies")).get("@sveltia/cms");
        Map<String, Object> locked = (Map<String, Object>)
                ((Map<String, Object>) json(VENDOR.resolve("package-lock.json")).get("packages"))
                        .get("node_modules/@sveltia/cms");
        assertThat(pinned).as("an exact version, not a range").matches("\\d+\\.\\d+\\.\\d+");
        assertThat(locked.get("version")).isEqualTo(pinned);
        assertThat((String) locked.get("integrity")).startsWith("sha512-");
        assertThat(SveltiaBundle.shipped().version()).isEqualTo(pinned);
        assertThat(SveltiaBundle.shipped().scriptFile()).isEqualTo("sveltia-cms-" + pinned + ".js");
    }

    @Test
    void theScriptIsTheOneTheUpdateScriptRecordedAndTheLicenceIsMit() {
        SveltiaBundle bundle = SveltiaBundle.shipped();
        assertThat(bundle.script().length).isGreaterThan(1_000_000);
        assertThat(new String(bundle.script(), 0, 2000, StandardCharsets.UTF_8)).doesNotContain("<script");
        assertThat(new String(bundle.license(), StandardCharsets.UTF_8))
                .startsWith("MIT License")
                .contains("Kohei Yoshino");
    }
}
