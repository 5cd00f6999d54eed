package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.render.cards.CardImage;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.timeline.Entry;

/** The link-preview cards (og:image) as link previews and crawlers read them from the built site. */
class SocialCardsTest {
    static final String BASE = "https://example.org/timeline/";

    @TempDir
    Path dir;

    private TestProject built() {
        TestProject project = TestProject.copy("basic", dir);
        assertThat(project.build().exitCode()).isZero();
        return project;
    }

    private static String meta(Document page, String attr, String name) {
        return page.select("head meta[" + attr + "=" + name + "]").attr("content");
    }

    /** The PNG chunk types in file order. */
    private static List<String> chunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            b.position(b.position() + length + 4);
        }
        return types;
    }

    @Test
    void aPairPageShowsItsOwnCardWithSizeAndAlternativeText() throws IOException {
        TestProject project = built();
        Document pair = project.page("relations/algeria-russia/index.html");
        assertThat(meta(pair, "property", "og:image")).isEqualTo(BASE + "relations/algeria-russia/card.png");
        assertThat(meta(pair, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(pair, "property", "og:image:height")).isEqualTo("630");
        assertThat(meta(pair, "property", "og:image:alt"))
                .isEqualTo("Algeria\u2013Russia: 5 recorded events, 2001\u20132023");
        assertThat(meta(pair, "name", "twitter:card")).isEqualTo("summary_large_image");
        byte[] png = Files.readAllBytes(project.site().resolve("relations/algeria-russia/card.png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void anEntryPageShowsItsFirstPairsCardAndOtherPagesTheSiteCard() {
        TestProject project = built();
        Document talks = project.page("entries/2023/defence-talks/index.html");
        assertThat(meta(talks, "property", "og:image")).isEqualTo(BASE + "relations/algeria-russia/card.png");
        assertThat(meta(talks, "property", "og:image:alt")).isEqualTo("Algeria\u2013Russia \u00b7 Test Timeline");
        for (String file : List.of("index.html", "countries/algeria/index.html", "topics/index.html", "404.html")) {
            Document page = project.page(file);
            assertThat(meta(page, "property", "og:image")).as(file).isEqualTo(BASE + "card.png");
            assertThat(meta(page, "property", "og:image:alt")).as(file).isEqualTo("Test Timeline");
        }
        assertThat(project.site().resolve("card.png")).isRegularFile();
    }

    @Test
    void everyCardAPageNamesExists() {
        TestProject project = built();
        for (String file : project.pageFiles()) {
            String url = meta(project.page(file), "property", "og:image");
            assertThat(url).as(file).startsWith(BASE);
            assertThat(project.site().resolve(url.substring(BASE.length())))
                    .as(file)
                    .isRegularFile();
        }
    }

    @Test
    void aCardIsTheSameBytesEveryTimeAndCarriesNoTimeOrText() {
        CardImage.Text text = new CardImage.Text("Algeria \u2013 Russia", "8 recorded events, 1962\u20132023", "Site");
        byte[] png = CardImage.png(text);
        assertThat(CardImage.png(text)).isEqualTo(png);
        assertThat(chunks(png)).containsExactly("IHDR", "PLTE", "IDAT", "IEND");
        assertThat(CardImage.png(new CardImage.Text("Algeria \u2013 Russia", "9 recorded events", "Site")))
                .isNotEqualTo(png);
    }

    @Test
    void aVeryLongHeadingStillDrawsAWholeCard() throws IOException {
        String heading = "The Democratic Republic of the Congo \u2013 Saint Vincent and the Grenadines and more";
        byte[] png = CardImage.png(new CardImage.Text(heading + heading, "1 recorded event, 2001", "Site"));
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(1200);
    }

    @Test
    void aCardIsDrawnAgainOnlyWhenWhatItShowsChanges() throws IOException {
        TestProject project = built();
        Path algeriaRussia = project.site().resolve("relations/algeria-russia/card.png");
        Path norwaySweden = project.site().resolve("relations/norway-sweden/card.png");
        Object pairBefore = Files.getAttribute(algeriaRussia, "unix:ino");
        Object otherBefore = Files.getAttribute(norwaySweden, "unix:ino");
        project.write(
                "entries/2024/2024-01-10-more-talks.md",
                "---\ntitle: More talks\ndate: 2024-01-10\ncountries: [DZ, RU]\n---\nBody.\n");
        assertThat(project.build().exitCode()).isZero();
        // Unchanged files are hard links to the previous site's; a card drawn again is a new file.
        assertThat(Files.getAttribute(norwaySweden, "unix:ino")).isEqualTo(otherBefore);
        assertThat(Files.getAttribute(algeriaRussia, "unix:ino")).isNotEqualTo(pairBefore);
        assertThat(project.page("relations/algeria-russia/index.html")
                        .select("meta[property=og:image:alt]")
                        .attr("content"))
                .isEqualTo("Algeria\u2013Russia: 6 recorded events, 2001\u20132024");
    }

    @Test
    void pastTheCapOnlyTheBusiestPairsHaveCardsAndTiesAreNotSplit() {
        List<List<Entry>> pairs = new ArrayList<>();
        for (int i = 0; i < SocialCards.MAX_PAIR_CARDS - 1; i++) pairs.add(entries(10));
        for (int i = 0; i < 5; i++) pairs.add(entries(3)); // the cap falls among these five
        for (int i = 0; i < 100; i++) pairs.add(entries(1));
        assertThat(SocialCards.minEntries(pairs)).isEqualTo(4);
        assertThat(SocialCards.minEntries(pairs.subList(0, SocialCards.MAX_PAIR_CARDS)))
                .isEqualTo(1);
    }

    private static List<Entry> entries(int n) {
        return Collections.nCopies(n, null);
    }
}
