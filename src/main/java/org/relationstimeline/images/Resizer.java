package org.relationstimeline.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The widths a picture is published at and the copies themselves. Copies are made at
 * {@link #WIDTHS} below the picture's own width, and at its own width when that is below the
 * largest: never larger than the original. Every copy is encoded afresh, so nothing of the
 * original file but its pixels reaches the site (no EXIF: no camera, place or date).
 */
final class Resizer {
    /** The widths browsers choose from with srcset: a phone, a laptop column at 2x, a large screen. */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    /** JPEG quality of the copies: photographs look as the original at a third of its size. */
    static final float JPEG_QUALITY = 0.82f;
    /** Changes when the copies would come out differently, so cached copies are made again. */
    static final String VERSION = "resizer-1:" + WIDTHS + ":" + JPEG_QUALITY;

    private Resizer() {}

    /** The sizes of the copies of a picture of {@code width} x {@code height}, smallest first. */
    static List<int[]> sizes(int width, int height) {
        List<int[]> out = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) out.add(new int[] {w, heightAt(w, width, height)});
        }
        if (width <= WIDTHS.get(WIDTHS.size() - 1)) out.add(new int[] {width, height});
        return out;
    }

    private static int heightAt(int w, int width, int height) {
        return Math.max(1, (int) Math.round((double) height * w / width));
    }

    /** One copy of {@code image} at exactly {@code width} x {@code height}, in {@code format} ("jpg" or "png"). */
    static byte[] copy(BufferedImage image, int width, int height, String format) throws IOException {
        BufferedImage source = format.equals("jpg") ? opaque(image) : image;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.Builder<BufferedImage> b =
                Thumbnails.of(source).forceSize(width, height).outputFormat(format);
        if (format.equals("jpg")) b.outputQuality(JPEG_QUALITY);
        b.toOutputStream(out);
        return out.toByteArray();
    }

    /** JPEG has no transparency: transparent parts become white, as on the page. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() == BufferedImage.TYPE_INT_RGB) return image;
        if (!image.getColorModel().hasAlpha() && image.getType() == BufferedImage.TYPE_3BYTE_BGR) return image;
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
