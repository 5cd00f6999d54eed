package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the default theme and a project's folder combine, file by file; the fingerprint covers both. */
class ThemeOverlayTest {
    private static final Path REPOSITORY_THEME = Path.of("templates");

    @TempDir
    Path dir;

    private Path folder(String name, String... pathsAndTexts) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path file = root.resolve(pathsAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndTexts[i + 1]);
        }
        return root;
    }

    private static Theme overlay(Path defaults, Path project) throws Theme.ThemeException {
        return Theme.overlay(ThemeFolder.open(defaults), Optional.of(ThemeFolder.open(project)));
    }

    private static String text(Theme theme, String name) throws Exception {
        return new String(theme.read(name), StandardCharsets.UTF_8);
    }

    @Test
    void theBundledThemeIsTheRepositorysTemplatesFolderFileForFile() throws Exception {
        Map<String, byte[]> expected = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(REPOSITORY_THEME)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                expected.put(REPOSITORY_THEME.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        BundledTheme bundled = BundledTheme.load();

        assertThat(bundled.hashes().keySet())
                .as("the listing written at build time")
                .containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, byte[]> e : expected.entrySet())
            assertThat(bundled.read(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        assertThat(Theme.bundled().fingerprint())
                .isEqualTo(Theme.overlay(ThemeFolder.open(REPOSITORY_THEME), Optional.empty())
                        .fingerprint());
    }

    @Test
    void aProjectFileReplacesTheDefaultOfTheSamePathAndAFileOnlyInTheProjectIsAdded() throws Exception {
        Path defaults = folder(
                "defaults",
                "page.peb",
                "default page",
                "partials/card.peb",
                "default card",
                "assets/style.css",
                "default css");
        Path project = folder("project", "partials/card.peb", "my card", "assets/logo.svg", "my logo");

        Theme theme = overlay(defaults, project);

        assertThat(text(theme, "partials/card.peb")).isEqualTo("my card");
        assertThat(text(theme, "page.peb")).isEqualTo("default page");
        assertThat(theme.filesUnder("assets")).containsExactly("assets/logo.svg", "assets/style.css");
        assertThat(theme.overrides()).as("an added file overrides nothing").containsExactly("partials/card.peb");
        assertThat(theme.projectFile("partials/card.peb")).contains(project.resolve("partials/card.peb"));
        assertThat(theme.projectFile("page.peb")).isEmpty();
        assertThat(theme.loader().resourceExists("page.peb")).isTrue();
        assertThat(theme.loader().resourceExists("assets/logo.svg")).isTrue();
        assertThat(theme.loader().resourceExists("missing.peb")).isFalse();
    }

    @Test
    void theFingerprintChangesWithANewDefaultThemeAndWithAnEditedOverride() throws Exception {
        Path project = folder("project", "partials/card.peb", "my card");
        Path oldDefaults = folder("old", "page.peb", "page v1", "partials/card.peb", "default card");
        Path newDefaults = folder("new", "page.peb", "page v2", "partials/card.peb", "default card");
        String before = overlay(oldDefaults, project).fingerprint();

        assertThat(overlay(newDefaults, project).fingerprint())
                .as("a new generator's default theme")
                .isNotEqualTo(before);
        Files.writeString(project.resolve("partials/card.peb"), "my card, edited");
        assertThat(overlay(oldDefaults, project).fingerprint())
                .as("an edited override")
                .isNotEqualTo(before);
    }

    @Test
    void theFingerprintIsOverTheFilesUsedSoAnIdenticalCopyChangesNothing() throws Exception {
        Path defaults = folder("defaults", "page.peb", "page", "partials/card.peb", "card");
        Path copy = folder("copy", "partials/card.peb", "card");
        Path changedDefaultShadowed = folder("shadowed", "page.peb", "page", "partials/card.peb", "another card");

        String alone =
                Theme.overlay(ThemeFolder.open(defaults), Optional.empty()).fingerprint();

        assertThat(overlay(defaults, copy).fingerprint()).isEqualTo(alone);
        assertThat(overlay(changedDefaultShadowed, copy).fingerprint())
                .as("a default file the project shadows is not used")
                .isEqualTo(alone);
    }
}
