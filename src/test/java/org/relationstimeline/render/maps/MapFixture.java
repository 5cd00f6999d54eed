package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.render.charts.ChartMarkup;
import org.relationstimeline.site.UrlScheme;
import org.xml.sax.InputSource;

/** The registry, a config with one organisation that lists members and one that does not, and a map parser. */
final class MapFixture {
    static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();
    static final Party EU = Party.organization("EU", "European Union", List.of());
    static final Party OPEC = Party.organization("OPEC", "OPEC", List.of());
    static final SiteConfig CONFIG;
    static final UrlScheme URLS = new UrlScheme("https://example.org/sub/");
    static final World WORLD = World.loadDefault();

    static {
        SiteConfig d = SiteConfig.defaults().withBaseUrl("https://example.org/sub/");
        CONFIG = new SiteConfig(
                d.title(),
                d.description(),
                d.baseUrl(),
                d.language(),
                d.topics(),
                List.of(EU, OPEC),
                Map.of("EU", List.of("FR", "DE", "IT", "LU", "MT")),
                d.trustedHtml(),
                d.domain(),
                d.limits(),
                false,
                java.util.Optional.empty(),
                true);
    }

    private MapFixture() {}

    static Territories territories() {
        return new Territories(WORLD, REGISTRY, CONFIG);
    }

    static Party party(String code) {
        if (code.equals("EU")) return EU;
        if (code.equals("OPEC")) return OPEC;
        return REGISTRY.byCode(code).orElseThrow();
    }

    /** Parses the map as XML (it must be well-formed) and as HTML, and checks what every map has. */
    static Document parse(ChartMarkup map) {
        return parse(map.html());
    }

    /**
     * Parses a map drawn into a file: the figure's {@code <object>} shows the file, whose every link
     * opens in the page; read as one figure with the drawing in place of the object.
     */
    static Document parse(MapFile map) {
        wellFormed(map.figure().html());
        wellFormed(map.document());
        Element object = Jsoup.parseBodyFragment(map.figure().html()).selectFirst("figure.map > object.map__object");
        assertThat(object).as("the figure's object").isNotNull();
        assertThat(object.attr("type")).isEqualTo("image/svg+xml");
        assertThat(object.attr("data")).endsWith("/map.svg");
        assertThat(object.attr("aria-label")).isNotBlank();
        assertThat(object.attr("tabindex"))
                .as("out of the tab order, like the drawing's links")
                .isEqualTo("-1");
        assertThat(map.document()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet");
        String drawing = map.document().substring(map.document().indexOf("<svg"));
        Document doc =
                parse(map.figure().html().replaceFirst("(?s)<object.*?</object>\n", Matcher.quoteReplacement(drawing)));
        assertThat(doc.select("figure.map > svg a"))
                .allSatisfy(a -> assertThat(a.attr("target")).isEqualTo("_top"));
        assertThat(object.attr("aria-label"))
                .isEqualTo(doc.selectFirst("figure.map > svg > title").text());
        return doc;
    }

    private static void wellFormed(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("map is not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static Document parse(String html) {
        wellFormed(html);
        Document doc = Jsoup.parseBodyFragment(html);
        Element svg = doc.selectFirst("figure.map > svg.map__svg");
        assertThat(svg).as("the map's SVG").isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        String[] ids = svg.attr("aria-labelledby").split(" ");
        assertThat(svg.selectFirst("title#" + ids[0]))
                .as("a title names the map")
                .isNotNull();
        assertThat(svg.selectFirst("desc#" + ids[1]))
                .as("a description says what it shows")
                .isNotNull();
        assertThat(doc.select("figure.map > figcaption"))
                .as("the caption holds the text alternative")
                .hasSize(1);
        assertThat(doc.select("script")).isEmpty();
        // Links inside an image are for pointers; keyboards and screen readers get the caption's.
        assertThat(svg.select("a"))
                .allSatisfy(a -> assertThat(a.attr("tabindex")).isEqualTo("-1"));
        return doc;
    }

    /** The alpha-3 codes an element draws through {@code <use>}, in order. */
    static List<String> shapes(Element e) {
        return e.select("use").eachAttr("href").stream()
                .map(h -> h.substring(h.indexOf('#') + 1))
                .toList();
    }
}
