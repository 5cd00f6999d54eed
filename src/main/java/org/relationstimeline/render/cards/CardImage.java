package org.relationstimeline.render.cards;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A link-preview card (Open Graph {@code og:image}), 1200×630 PNG: a heading of up to two lines,
 * a line of figures and the site's title. The same text gives the same bytes: a fixed font, no
 * clock, and a PNG of only its image chunks (ImageIO writes no time or text chunk unless given
 * metadata). The image has 16 colours, a ramp from the background to the text plus the accent, so
 * the file is small and quick to write (drawing is far cheaper than encoding a full-colour PNG).
 */
public final class CardImage {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** Installed on Debian and most Linux systems; elsewhere Java's logical sans-serif font stands in. */
    private static final String PREFERRED_FONT = "DejaVu Sans";

    private static final int MARGIN = 80;
    private static final int BACKGROUND = 0xf7f5f0;
    private static final int TEXT = 0x1a1a1a;
    private static final int ACCENT = 0x1f4e79;
    private static final int RAMP = 15;
    private static final IndexColorModel PALETTE = palette();

    private CardImage() {}

    /** What a card says. */
    public record Text(String heading, String figures, String site) {}

    /** The family cards are drawn with on this machine, for the fingerprint of their inputs. */
    public static String fontFamily() {
        Font preferred = new Font(PREFERRED_FONT, Font.PLAIN, 12);
        return preferred.getFamily(java.util.Locale.ROOT).equals(PREFERRED_FONT) ? PREFERRED_FONT : Font.SANS_SERIF;
    }

    public static byte[] png(Text text) {
        String family = fontFamily();
        // A new image of this model is all index 0, the background: only the text and the bar are drawn.
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY, PALETTE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(new Color(ACCENT));
            g.fillRect(0, 0, WIDTH, 20);
            g.setColor(new Color(TEXT));
            List<String> heading = new ArrayList<>();
            Font big = fit(g, family, text.heading(), heading);
            g.setFont(big);
            int lineHeight = (int) Math.round(big.getSize() * 1.2);
            int y = 250 - (heading.size() - 1) * lineHeight / 2;
            for (String line : heading) {
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
            g.setFont(shrunk(g, new Font(family, Font.PLAIN, 44), text.figures()));
            g.drawString(text.figures(), MARGIN, y + 30);
            g.setColor(new Color(mix(0.6)));
            g.setFont(shrunk(g, new Font(family, Font.BOLD, 32), text.site()));
            g.drawString(text.site(), MARGIN, HEIGHT - 70);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /**
     * The largest heading font (72 px down to 40) at which the heading fits on one line, or on two
     * split at a word; below that, two lines at 40 px, each cut to the width.
     */
    private static Font fit(Graphics2D g, String family, String heading, List<String> lines) {
        int width = WIDTH - 2 * MARGIN;
        for (int size = 72; size >= 40; size -= 4) {
            Font font = new Font(family, Font.BOLD, size);
            FontMetrics m = g.getFontMetrics(font);
            if (m.stringWidth(heading) <= width) {
                lines.add(heading);
                return font;
            }
            List<String> split = split(heading, m, width);
            if (split != null) {
                lines.addAll(split);
                return font;
            }
        }
        Font font = new Font(family, Font.BOLD, 40);
        FontMetrics m = g.getFontMetrics(font);
        int cut = heading.length() / 2;
        lines.add(cut(heading.substring(0, cut).strip(), m, width));
        lines.add(cut(heading.substring(cut).strip(), m, width));
        return font;
    }

    /** Two lines split at the space that balances them best, or null when no split fits. */
    private static List<String> split(String text, FontMetrics m, int width) {
        List<String> best = null;
        int bestWidth = Integer.MAX_VALUE;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            String a = text.substring(0, i).strip();
            String b = text.substring(i + 1).strip();
            int widest = Math.max(m.stringWidth(a), m.stringWidth(b));
            if (widest <= width && widest < bestWidth) {
                best = List.of(a, b);
                bestWidth = widest;
            }
        }
        return best;
    }

    private static String cut(String text, FontMetrics m, int width) {
        if (m.stringWidth(text) <= width) return text;
        String s = text;
        while (!s.isEmpty() && m.stringWidth(s + "\u2026") > width) s = s.substring(0, s.length() - 1);
        return s.strip() + "\u2026";
    }

    private static Font shrunk(Graphics2D g, Font font, String text) {
        Font f = font;
        while (f.getSize() > 20 && g.getFontMetrics(f).stringWidth(text) > WIDTH - 2 * MARGIN)
            f = f.deriveFont((float) f.getSize() - 2);
        return f;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Index 0 is the background, 1 to 14 step towards the text colour, 15 is the accent. */
    private static IndexColorModel palette() {
        byte[] r = new byte[16];
        byte[] g = new byte[16];
        byte[] b = new byte[16];
        for (int i = 0; i < RAMP; i++) {
            int c = mix(i / (double) (RAMP - 1));
            r[i] = (byte) (c >> 16);
            g[i] = (byte) (c >> 8);
            b[i] = (byte) c;
        }
        r[RAMP] = (byte) (ACCENT >> 16);
        g[RAMP] = (byte) (ACCENT >> 8);
        b[RAMP] = (byte) ACCENT;
        return new IndexColorModel(4, 16, r, g, b);
    }

    /** The colour a fraction t of the way from the background to the text. */
    private static int mix(double t) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int from = BACKGROUND >> shift & 0xff;
            int to = TEXT >> shift & 0xff;
            out |= (int) Math.round(from + (to - from) * t) << shift;
        }
        return out;
    }
}
