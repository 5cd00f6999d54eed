package org.relationstimeline.render.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/** Checks every chart shares: well-formed XML, and an image role labelled by its title and description. */
final class ChartAssertions {
    private ChartAssertions() {}

    /** Parses the chart as XML (it must be well-formed) and as HTML, and checks its accessible name. */
    static Document parse(ChartMarkup chart) {
        return parse(chart, "img");
    }

    /** The same for a chart of another role: a group, whose links stay reachable by screen readers. */
    static Document parse(ChartMarkup chart, String role) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(chart.html())));
        } catch (Exception e) {
            throw new AssertionError("chart is not well-formed XML: " + e.getMessage() + "\n" + chart.html(), e);
        }
        Document doc = Jsoup.parseBodyFragment(chart.html());
        assertThat(doc.select("figure > svg")).isNotEmpty();
        for (Element svg : doc.select("figure > svg")) {
            assertThat(svg.attr("role")).isEqualTo(role);
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertThat(ids).hasSize(2);
            assertThat(svg.selectFirst("title#" + ids[0]))
                    .as("title labels the chart")
                    .isNotNull();
            assertThat(svg.selectFirst("desc#" + ids[1]))
                    .as("description labels the chart")
                    .isNotNull();
        }
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("figure > figcaption.chart__caption").text())
                .as("the caption says what is counted")
                .contains("events recorded on this site");
        assertThat(doc.selectFirst("figure > :last-child").tagName())
                .as("a figure's caption is its last child")
                .isEqualTo("figcaption");
        // The tests read the wide drawing; narrow(chart) gives the phone's.
        doc.select("svg.chart__svg--narrow").remove();
        return doc;
    }

    /** The drawing a phone shows, alone. */
    static Document narrow(ChartMarkup chart) {
        Document doc = Jsoup.parseBodyFragment(chart.html());
        doc.select("svg.chart__svg--wide").remove();
        assertThat(doc.select("svg.chart__svg--narrow")).hasSize(1);
        return doc;
    }

    static String title(Document doc) {
        return doc.selectFirst("svg > title").text();
    }

    static String desc(Document doc) {
        return doc.selectFirst("svg > desc").text();
    }
}
