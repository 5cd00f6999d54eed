package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.relationstimeline.timeline.EventDate;
import org.w3c.dom.Document;

class AtomDocumentTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void aLoneSurrogateOrAControlInATitleIsReplacedAndTheFeedStaysWellFormed() throws Exception {
        EventDate date = EventDate.parse("2023-08-01").date().orElseThrow();
        AtomDocument feed = new AtomDocument(
                "tag:example.org,2026:/",
                "Site \udc00 feed",
                "",
                "en",
                "Editors",
                "https://example.org/",
                "https://example.org/feed.xml",
                "https://example.org/",
                List.of(new AtomDocument.Item(
                        "tag:example.org,2026:/e",
                        "Talks \ud800 and\u0007 more",
                        date,
                        "https://example.org/e/",
                        "It's <b>\"quoted\"</b>",
                        List.of())));
        String xml = feed.xml();
        assertThat(xml).doesNotContain("\ud800", "\udc00", "\u0007");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent())
                .isEqualTo("Site \uFFFD feed");
        assertThat(doc.getElementsByTagNameNS(ATOM, "title").item(1).getTextContent())
                .isEqualTo("Talks \uFFFD and\uFFFD more");
        assertThat(doc.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent())
                .isEqualTo("It's <b>\"quoted\"</b>");
    }
}
