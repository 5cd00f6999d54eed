package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
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
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(map.html())));
        } catch (Exception e) {
            throw new AssertionError("map is not well-formed XML: " + e.getMessage() + "\n" + map.html(), e);
        }
        Document doc = Jsoup.parseBodyFragment(map.html());
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
