package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relationstimeline.testing.TestProject;

/**
 * Titles and bodies in Arabic, Cyrillic, Chinese and emoji come out exactly as written, with
 * right-to-left text marked {@code dir="auto"} wherever entry text is shown; bytes that are not
 * UTF-8 are an error naming the file and the byte offset, never a crash or mojibake.
 */
class ScriptsAndEncodingsTest {
    static final String ARABIC = "روسيا والجزائر تبحثان تعزيز التعاون العسكري";
    static final String ARABIC_BODY = "استقبل وزير الدفاع الروسي رئيس أركان الجيش الجزائري في موسكو.";
    static final String CYRILLIC = "Россия и Алжир обсуждают военное сотрудничество";
    static final String CHINESE = "中俄签署新时代全面战略协作伙伴关系联合声明";
    static final String EMOJI = "Handshake 🤝 over 🇷🇺–🇩🇿 gas 🔥, family 👩‍👩‍👧 and e\u0301 combined";

    @TempDir
    Path dir;

    private TestProject multilingual() {
        TestProject project = TestProject.empty(dir);
        project.write(
                "entries/2023/2023-08-01-arabic.md",
                "---\ntitle: " + ARABIC + "\ndate: 2023-08-01\ncountries: [RU, DZ]\n"
                        + "summary: " + ARABIC_BODY + "\nsources:\n  - title: " + ARABIC
                        + "\n    publisher: وكالة الأنباء\n"
                        + "    url: https://example.org/ar\n---\n" + ARABIC_BODY + "\n");
        project.write(
                "entries/2023/2023-08-02-cyrillic.md",
                "---\ntitle: " + CYRILLIC + "\ndate: 2023-08-02\ncountries: [RU, DZ]\n"
                        + "summary: Министр обороны принял начальника штаба.\n---\nТекст на русском: «кавычки» и — тире.\n");
        project.write(
                "entries/2023/2023-08-03-chinese.md",
                "---\ntitle: " + CHINESE + "\ndate: 2023-08-03\ncountries: [CN, RU]\n"
                        + "slug: sino-russian-statement\n---\n两国元首在莫斯科会谈。\n");
        project.write(
                "entries/2023/2023-08-04-emoji.md",
                "---\ntitle: \"" + EMOJI + "\"\ndate: 2023-08-04\ncountries: [RU, DZ]\n---\n"
                        + "Body with 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the basic plane.\n");
        return project;
    }

    @Test
    void everyScriptRoundTripsExactly() {
        TestProject project = multilingual();
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.page("entries/2023/arabic/index.html").select("h1").text())
                .isEqualTo(ARABIC);
        assertThat(project.page("entries/2023/arabic/index.html")
                        .select(".prose")
                        .text())
                .isEqualTo(ARABIC_BODY);
        assertThat(project.page("entries/2023/cyrillic/index.html").select("h1").text())
                .isEqualTo(CYRILLIC);
        assertThat(project.page("entries/2023/cyrillic/index.html")
                        .select(".prose")
                        .text())
                .contains("«кавычки» и — тире");
        assertThat(project.page("entries/2023/sino-russian-statement/index.html")
                        .select("h1")
                        .text())
                .isEqualTo(CHINESE);
        assertThat(project.page("entries/2023/emoji/index.html").select("h1").text())
                .isEqualTo(EMOJI);
        assertThat(project.page("entries/2023/emoji/index.html")
                        .select(".prose")
                        .text())
                .contains("😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
        Document pair = project.page("relations/algeria-russia/index.html");
        assertThat(pair.select(".entry-card__title").eachText()).contains(ARABIC, CYRILLIC, EMOJI);
        assertThat(pair.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    }

    @Test
    void everyProducedTextFileIsValidUtf8WithoutReplacementCharacters() throws IOException {
        TestProject project = multilingual();
        assertThat(project.build().exitCode()).isZero();
        List<String> bad = new ArrayList<>();
        for (Path file : OutputScan.files(project.site())) {
            String name = file.getFileName().toString();
            if (!name.matches(".*\\.(html|xml|json|txt|js|css|svg|tsv|webmanifest)$")) continue;
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
                if (text.indexOf('\uFFFD') >= 0) bad.add(file + ": U+FFFD");
            } catch (CharacterCodingException e) {
                bad.add(file + ": " + e);
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void entryTextIsMarkedDirAutoWhereverItAppearsInPages() {
        TestProject project = multilingual();
        assertThat(project.build().exitCode()).isZero();
        List<String> unmarked = new ArrayList<>();
        for (String file : project.htmlFiles()) {
            Document page = project.page(file);
            for (Element el : page.body().getElementsContainingOwnText(ARABIC.substring(0, 12))) {
                if (el.closest("[dir]") == null)
                    unmarked.add(file + ": <" + el.tagName() + " class=" + el.className() + ">");
            }
            for (Element el : page.body().getElementsContainingOwnText(ARABIC_BODY.substring(0, 12))) {
                if (el.closest("[dir]") == null)
                    unmarked.add(file + ": <" + el.tagName() + " class=" + el.className() + ">");
            }
        }
        assertThat(unmarked).isEmpty();
        Document entry = project.page("entries/2023/arabic/index.html");
        assertThat(entry.select("h1[dir=auto], .entry__summary[dir=auto], .prose[dir=auto], cite[dir=auto]"))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "lone continuation byte, 80, 0",
        "Latin-1 e acute, e9, 0",
        "overlong slash, c0af, 0",
        "UTF-16 surrogate, eda080, 0",
        "byte FF, ff, 0",
        "truncated at end of file, e282, 0",
    })
    void invalidUtf8NamesTheFileAndTheByteOffset(String what, String hex, int ignored) throws IOException {
        TestProject project = TestProject.empty(dir);
        project.write("entries/ok.md", "---\ntitle: Fine\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\n");
        byte[] head = "---\ntitle: Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] tail = what.startsWith("truncated")
                ? new byte[0]
                : "\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Path file = project.content().resolve("entries/bad.md");
        Files.write(file, all);
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.md: error: invalid UTF-8 at byte offset " + head.length);
        assertThat(project.site()).doesNotExist();
        assertThat(project.run("check").err()).contains("bad.md: error: invalid UTF-8 at byte offset " + head.length);
    }

    @Test
    void utf16FileIsAnErrorAtOffsetZero() throws IOException {
        TestProject project = TestProject.empty(dir);
        Path file = project.content().resolve("entries/utf16.md");
        Files.createDirectories(file.getParent());
        Files.write(file, "---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] withBom = new byte[Files.size(file) > 0 ? (int) Files.size(file) + 2 : 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(Files.readAllBytes(file), 0, withBom, 2, withBom.length - 2);
        Files.write(file, withBom);
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("utf16.md: error: invalid UTF-8 at byte offset 0");
    }
}
