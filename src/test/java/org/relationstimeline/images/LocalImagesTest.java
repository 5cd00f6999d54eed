package org.relationstimeline.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.text.Hashes;

/**
 * Local pictures in entry bodies, through real builds: published as resized copies with srcset,
 * width, height, alt and a credit line; never upscaled; EXIF dropped; cached between builds; and
 * every untrusted file (a bomb, a path out of the content folder, a link, a damaged file, a
 * picture without alt text) refused at its place in the body, all in one run.
 */
class LocalImagesTest {
    @TempDir
    Path dir;

    private static final String FRONT = """
            ---
            title: A state visit
            date: 2023-05-01
            countries: [FR, DE]
            sources: [https://example.org/a]
            ---
            """;

    @Test
    void picturesArePublishedAsResponsiveFiguresWithCredit() throws IOException {
        TestProject project = TestProject.empty(dir);
        byte[] photo = withExif(jpeg(2000, 1000));
        Files.createDirectories(project.content().resolve("entries/2023"));
        Files.write(project.content().resolve("entries/2023/photo.jpg"), photo);
        Files.createDirectories(project.content().resolve("images"));
        Files.write(project.content().resolve("images/Border Map.png"), png(700, 350));
        project.write("entries/2023/visit.md", FRONT + """
                The visit began in Paris.

                ![The two presidents at the Élysée](photo.jpg "Photo: Example Agency, CC BY 4.0")

                A map of the border: ![Map of the border](/images/Border%20Map.png "Map: the editors") and
                the same ![Map again](image:Border%20Map.png).

                ![A remote picture](https://example.org/remote.png "Photo: Example")
                """);
        project.write("pages/about.md", """
                ---
                title: About
                ---
                ![Map of the border](/images/Border%20Map.png "Map: the editors")
                """);
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("image 'image:Border%20Map.png' has no credit line");

        Document page = project.page("entries/2023/visit/index.html");
        Element figure = page.selectFirst(".prose figure");
        assertThat(figure).as(page.select(".prose").outerHtml()).isNotNull();
        Element img = figure.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("The two presidents at the Élysée");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Photo: Example Agency, CC BY 4.0");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(img.attr("sizes")).isNotBlank();
        assertThat(img.attr("src")).matches("/images/photo-[0-9a-f]{12}-960\\.jpg");
        assertCopies(project, img.attr("srcset"), List.of(480, 960, 1600), 2.0);
        for (String url : urls(img.attr("srcset"))) {
            byte[] copy = Files.readAllBytes(project.site().resolve(url.substring(1)));
            assertThat(indexOf(copy, "Exif".getBytes(StandardCharsets.US_ASCII)))
                    .as("EXIF dropped from " + url)
                    .isNegative();
            assertThat(indexOf(copy, "SECRET-PLACE".getBytes(StandardCharsets.US_ASCII)))
                    .isNegative();
        }

        // A picture narrower than the largest width is published at its own width too, never enlarged.
        List<Element> inline = page.select(".prose p img[srcset]");
        assertThat(inline).hasSize(2);
        assertThat(inline.get(0).attr("title")).isEqualTo("Map: the editors");
        assertThat(inline.get(0).attr("width")).isEqualTo("700");
        assertCopies(project, inline.get(0).attr("srcset"), List.of(480, 700), 2.0);
        assertThat(inline.get(0).attr("src")).endsWith("-700.png").contains("/border-map-");
        // The same file twice is one set of copies.
        assertThat(inline.get(1).attr("srcset")).isEqualTo(inline.get(0).attr("srcset"));
        // Remote pictures are shown as before.
        assertThat(page.select(".prose img[src=https://example.org/remote.png]"))
                .hasSize(1);
        // A general page shows pictures of content/images/ too.
        Element about = project.page("pages/about/index.html").selectFirst(".prose figure img");
        assertThat(about).isNotNull();
        assertThat(about.attr("srcset")).isEqualTo(inline.get(0).attr("srcset"));
    }

    @Test
    void anUploadAsTheCmsWritesItKeepsTheSitesBasePath() throws IOException {
        TestProject project = TestProject.empty(dir);
        Files.createDirectories(project.content().resolve("images"));
        Files.write(project.content().resolve("images/upload.jpg"), jpeg(600, 300));
        project.write("entries/2023/visit.md", FRONT + "![The signing](/images/upload.jpg \"Photo: the editors\")\n");
        TestProject.Run run = project.build("--quiet", "--base-url", "https://example.org/repo/");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Element img = project.page("entries/2023/visit/index.html").selectFirst(".prose figure img");
        assertThat(img.attr("src")).matches("/repo/images/upload-[0-9a-f]{12}-600\\.jpg");
        assertThat(urls(img.attr("srcset"))).allMatch(u -> u.startsWith("/repo/images/"));
        String file = img.attr("src").substring("/repo/".length());
        assertThat(ImageIO.read(project.site().resolve(file).toFile()).getWidth())
                .isEqualTo(600);
    }

    @Test
    void aPhotoTakenUprightIsPublishedUprightAsItsExifOrientationSays() throws IOException {
        TestProject project = TestProject.empty(dir);
        Files.createDirectories(project.content().resolve("entries/2023"));
        // Stored 800 x 400, to be shown turned 90 degrees clockwise (EXIF orientation 6).
        Files.write(project.content().resolve("entries/2023/upright.jpg"), withOrientation(jpeg(800, 400), 6));
        project.write("entries/2023/visit.md", FRONT + "![Upright](upright.jpg \"Photo: the editors\")\n");
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Element img = project.page("entries/2023/visit/index.html").selectFirst(".prose img");
        assertThat(img.attr("width")).isEqualTo("400");
        assertThat(img.attr("height")).isEqualTo("800");
        assertCopies(project, img.attr("srcset"), List.of(400), 0.5);
    }

    @Test
    void aWarmBuildMakesNoCopyAgainAndAChangedPictureGetsNewAddresses() throws IOException {
        TestProject project = TestProject.empty(dir);
        byte[] first = jpeg(1200, 900);
        Files.createDirectories(project.content().resolve("entries/2023"));
        Path file = project.content().resolve("entries/2023/talks.jpg");
        Files.write(file, first);
        Path entry = project.write("entries/2023/visit.md", FRONT + "![Talks](talks.jpg \"Photo: the editors\")\n");
        assertThat(project.build("--quiet").exitCode()).isZero();
        String hash = Hashes.of(first);
        assertThat(ImageCatalog.timesDecoded(hash)).isEqualTo(1);
        String before = project.page("entries/2023/visit/index.html")
                .selectFirst(".prose img")
                .attr("src");

        // The body changes, the picture does not: the page is made again, the copies are kept.
        Files.writeString(entry, Files.readString(entry) + "\nMore text.\n");
        TestProject.Run warm = project.build("--quiet");
        assertThat(warm.exitCode()).as(warm.err()).isZero();
        assertThat(ImageCatalog.timesDecoded(hash)).isEqualTo(1);
        assertThat(project.site().resolve(before.substring(1))).exists();

        // Another picture under the same name: new copies at new addresses, the old ones gone.
        byte[] second = jpeg(1100, 900);
        Files.write(file, second);
        assertThat(project.build("--quiet").exitCode()).isZero();
        String after = project.page("entries/2023/visit/index.html")
                .selectFirst(".prose img")
                .attr("src");
        assertThat(after).isNotEqualTo(before);
        assertThat(project.site().resolve(after.substring(1))).exists();
        assertThat(project.site().resolve(before.substring(1))).doesNotExist();
        assertThat(ImageCatalog.timesDecoded(Hashes.of(second))).isEqualTo(1);
    }

    @Test
    void untrustedPicturesAreRefusedAtTheirPlaceAllInOneRun() throws IOException {
        TestProject project = TestProject.empty(dir);
        Path folder = project.content().resolve("entries/2023");
        Files.createDirectories(folder);
        Files.write(folder.resolve("bomb.png"), bombPng(100_000, 100_000));
        Files.write(folder.resolve("garbage.jpg"), "this is not a picture".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("photo.jpg"), jpeg(300, 200));
        Files.write(folder.resolve("notes.txt"), "text".getBytes(StandardCharsets.UTF_8));
        Path outside = dir.resolve("outside.jpg");
        Files.write(outside, jpeg(300, 200));
        Files.createSymbolicLink(folder.resolve("linked.jpg"), outside);
        project.write("entries/2023/bad.md", FRONT + """
                ![A bomb](bomb.png "x")

                ![Passwords](../../../etc/passwd "x")

                ![Linked](linked.jpg "x")

                ![Garbage](garbage.jpg "x")

                Text ![](photo.jpg "x") without alt.

                ![Missing](phot.jpg "x")

                ![Notes](notes.txt "x")
                """);
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        String err = run.err();
        String file = "bad.md";
        // The body starts on line 7 of the file.
        assertThat(err).containsPattern(file + ":7:1: error: image 'bomb.png' is 100000 x 100000 pixels");
        assertThat(err)
                .containsPattern(file + ":9:1: error: image '../../../etc/passwd' points outside the content folder");
        assertThat(err).containsPattern(file + ":11:1: error: image 'linked.jpg' is reached through a symbolic link");
        assertThat(err).containsPattern(file + ":13:1: error: image 'garbage.jpg' is not a JPEG, PNG, GIF or WebP");
        assertThat(err).containsPattern(file + ":15:6: error: image 'photo.jpg' has no alt text");
        assertThat(err)
                .containsPattern(file + ":17:1: error: image 'phot.jpg' names no file")
                .contains("did you mean 'photo.jpg'?");
        assertThat(err).containsPattern(file + ":19:1: error: image 'notes.txt' is not a picture file");
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void aDamagedPictureBehindAGoodHeaderIsALocatedErrorWhenItsCopiesAreMade() throws IOException {
        TestProject project = TestProject.empty(dir);
        Path folder = project.content().resolve("entries/2023");
        Files.createDirectories(folder);
        byte[] good = png(400, 300);
        // The header (signature and IHDR) stays; the pixel data is overwritten.
        byte[] damaged = Arrays.copyOf(good, good.length);
        for (int i = 33; i < damaged.length - 12; i++) damaged[i] = (byte) (i * 31);
        Files.write(folder.resolve("damaged.png"), damaged);
        project.write(
                "entries/2023/visit.md", FRONT + "Intro.\n\n![A damaged map](damaged.png \"Map: the editors\")\n");
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).containsPattern("visit.md:9:1: error: image 'damaged.png' cannot be read");
    }

    @Test
    void theImageLimitsAreSetInSiteYaml() throws IOException {
        TestProject project = TestProject.empty(dir);
        Files.writeString(project.root().resolve("site.yaml"), """
                limits:
                  max_image_bytes: 1000
                  max_image_pixels: 10_000
                """);
        Path folder = project.content().resolve("entries/2023");
        Files.createDirectories(folder);
        Files.write(folder.resolve("big.png"), noisyPng(200, 200));
        Files.write(folder.resolve("wide.png"), bombPng(200, 100));
        project.write("entries/2023/visit.md", FRONT + "![Big](big.png \"x\")\n\n![Wide](wide.png \"x\")\n");
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("image 'big.png' is larger than the limit of 1000 bytes")
                .contains("limits.max_image_bytes")
                .contains("image 'wide.png' is 200 x 100 pixels (20000), more than the limit of 10000");
    }

    private static void assertCopies(TestProject project, String srcset, List<Integer> widths, double ratio)
            throws IOException {
        List<String> urls = urls(srcset);
        assertThat(srcset).as("widths").matches(".*");
        assertThat(urls).hasSize(widths.size());
        String[] candidates = srcset.split(", ");
        for (int i = 0; i < widths.size(); i++) {
            int w = widths.get(i);
            assertThat(candidates[i]).endsWith(" " + w + "w");
            BufferedImage copy = ImageIO.read(
                    project.site().resolve(urls.get(i).substring(1)).toFile());
            assertThat(copy.getWidth()).as(urls.get(i)).isEqualTo(w);
            assertThat(copy.getHeight()).as(urls.get(i)).isEqualTo((int) Math.round(w / ratio));
        }
    }

    private static List<String> urls(String srcset) {
        return Arrays.stream(srcset.split(","))
                .map(c -> c.strip().split(" ")[0])
                .toList();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    static byte[] png(int width, int height) throws IOException {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** Random pixels: a PNG that does not compress. */
    private static byte[] noisyPng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, random.nextInt());
        return encode(image, "png");
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, width, height, Color.ORANGE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block (APP1) after its start marker, holding a place name. */
    private static byte[] withExif(byte[] jpeg) throws IOException {
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        // A big-endian TIFF header, an IFD of no entries, then the text.
        exif.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0});
        exif.writeBytes("SECRET-PLACE 48.8566 N 2.3522 E".getBytes(StandardCharsets.US_ASCII));
        return withApp1(jpeg, exif.toByteArray());
    }

    /** An APP1 segment after the JFIF APP0 segment (which must come first) of a JPEG. */
    private static byte[] withApp1(byte[] jpeg, byte[] payload) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block holding only an orientation tag (0x0112). */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
            'M',
            'M',
            0,
            42,
            0,
            0,
            0,
            8, // big-endian header, IFD0 at 8
            0,
            1, // one entry
            0x01,
            0x12,
            0,
            3,
            0,
            0,
            0,
            1,
            0,
            (byte) orientation,
            0,
            0, // Orientation, SHORT, 1 value
            0,
            0,
            0,
            0 // no next IFD
        };
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        payload.writeBytes(tiff);
        byte[] p = payload.toByteArray();
        return withApp1(jpeg, p);
    }

    /** A PNG whose header claims {@code width} x {@code height} pixels, with next to no data behind it. */
    static byte[] bombPng(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
