package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.pipeline.BuildOptions;

/** {@code serve --drafts}: a draft is marked as one in the preview, and stays out of the feed. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DraftPreviewTest {
    @TempDir
    Path tmp;

    @Test
    void aDraftServedByThePreviewSaysItIsADraft() throws Exception {
        Path project = PreviewFixture.project(tmp.resolve("project"));
        Path draft = project.resolve("content/entries/2021/2021-09-01-draft-visit.md");
        Files.writeString(
                draft,
                "---\ntitle: Draft visit\ndate: 2021-09-01\ncountries: [DZ, RU]\n"
                        + "sources: [https://example.org/visit]\ndraft: true\n---\nNot yet confirmed.\n");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        BuildOptions standard = BuildOptions.standard(project);
        BuildOptions withDrafts = new BuildOptions(
                standard.project(),
                standard.content(),
                standard.templates(),
                standard.templatesRequired(),
                standard.out(),
                standard.configFile(),
                standard.baseUrl(),
                true);
        try (PreviewServer server = PreviewServer.start(withDrafts, 0, new PrintWriter(new StringWriter(), true))) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(server.url().resolve("entries/2021/draft-visit/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            Document doc = Jsoup.parse(page.body());
            assertThat(doc.select(".draft-notice").text()).startsWith("Draft.");
            HttpResponse<String> feed = http.send(
                    HttpRequest.newBuilder(server.url().resolve("feed.xml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(feed.body()).contains("<feed").doesNotContain("Draft visit");
        }
    }
}
