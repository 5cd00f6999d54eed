package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scanner that the end-to-end tests trust must itself see every kind of breakout. */
class OutputScanTest {
    @TempDir
    Path site;

    private int findings(String file, String text) throws Exception {
        Files.writeString(site.resolve(file), text);
        return OutputScan.findings(site, "alert(").size();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "page.html | <p>ok</p><script>alert(1)</script>",
                "page.html | <img src=x onerror=x>",
                "page.html | <a href=' JaVa&#x09;script:x'>a</a>",
                "page.html | <iframe src=https://x></iframe>",
                "page.html | <script type=application/ld+json>{\"a\":\"</script><script>alert(1)</script>\"}</script>",
                "page.html | <script type=application/ld+json>{\"a\": bad}</script>",
                "feed.xml | <feed><title>a ]]> <b></feed>",
                "feed.xml | <feed><content type=\"html\">&lt;img src=x onerror=alert(1)&gt;</content></feed>",
                "chart.svg | <svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "chart.svg | <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x\"/>",
                "index.json | {\"title\": \"a\"b\"}",
                "page.html | <meta http-equiv=refresh content=\"0; url=https://elsewhere.example/\">",
                "page.html | <meta http-equiv=refresh content=\"0; url=//elsewhere.example/\">",
                "page.html | <meta http-equiv=refresh content=\"0; url=javascript:alert(1)\">",
                "page.html | <meta http-equiv=set-cookie content=\"a=b\">",
            })
    void seesEachBreakout(String file, String text) throws Exception {
        assertThat(findings(file, text)).isPositive();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "page.html | <p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script src=/assets/search.js></script>",
                "page.html | <script type=application/ld+json>{\"name\":\"\\u003c/script\\u003e alert(\"}</script>",
                "feed.xml | <feed><title>&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;</title></feed>",
                "feed.xml | <feed><content type=\"html\">&amp;lt;script&amp;gt;alert(1)</content></feed>",
                "index.json | {\"title\": \"<script>alert(1)</script> \\\"q\\\"\", \"n\": [1, -2.5e3, true, null]}",
                "page.html | <meta http-equiv=refresh content=\"0; url=/t/relations/algeria-russia/\">",
            })
    void passesCleanOutput(String file, String text) throws Exception {
        assertThat(findings(file, text)).isZero();
    }

    @Test
    void jsonReaderIsStrict() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1,}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("[\"raw\nnewline\"]")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Json.strings(Json.parse("{\"k\": [\"\\u003cb\\u003e\"]}"))).containsExactly("k", "<b>");
    }
}
