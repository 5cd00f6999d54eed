package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.serve.PreviewFixture.EventStream;
import org.relationstimeline.testing.TestProject;

/** The preview of a project without templates/ uses the default theme, and watches for the folder to appear. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ThemeOverridePreviewTest {
    @TempDir
    Path tmp;

    private static Elements cards(URI page) throws IOException {
        return Jsoup.connect(page.toString()).get().select("li.entry-card");
    }

    @Test
    void creatingTemplatesWithOnePartialWhileServingRestylesThePages() throws Exception {
        Path project = PreviewFixture.project(tmp.resolve("project"));
        TestProject.deleteTree(project.resolve("templates"));
        try (PreviewServer server = PreviewServer.start(
                        BuildOptions.standard(project), 0, new PrintWriter(new StringWriter(), true));
                EventStream events = new EventStream(server.port())) {
            events.next("hello", 10);
            assertThat(cards(server.url()))
                    .isNotEmpty()
                    .allSatisfy(card -> assertThat(card.hasAttr("data-theme")).isFalse());

            String card = Files.readString(TestProject.THEME.resolve("partials/entry-card.peb"))
                    .replace("<li class=\"entry-card\"", "<li class=\"entry-card\" data-theme=\"preview\"");
            Path partials = Files.createDirectories(project.resolve("templates/partials"));
            // Moved in whole, as editors save, so no rebuild can see half a file.
            Path draft = Files.writeString(project.resolve("entry-card.peb.tmp"), card);
            Files.move(draft, partials.resolve("entry-card.peb"), StandardCopyOption.ATOMIC_MOVE);

            assertThat(events.next("reload", 20))
                    .as("a rebuild after templates/ appeared")
                    .isNotNull();
            assertThat(cards(server.url()))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.attr("data-theme")).isEqualTo("preview"));
        }
    }
}
