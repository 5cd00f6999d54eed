package org.relationstimeline.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * What an image file's header says, read without decoding its pixels: the format (from the
 * content, whatever the extension says), the pixel size and the EXIF orientation. The pixel count
 * is checked here, before any decoding, so a small file that claims 100,000 x 100,000 pixels costs
 * a few bytes of reading, not 40 GB of memory. {@link #decode} decodes the first image only (a GIF's
 * first frame), after the same checks.
 */
final class ImageHeader {
    static {
        // Decoding works in memory; no temporary files.
        ImageIO.setUseCache(false);
    }

    /** The formats a body may show, by the name their reader gives. */
    enum Format {
        JPEG("jpg"),
        PNG("png"),
        GIF("png"),
        WEBP("jpg");

        /** The format the resized copies are written in: photographs as JPEG, drawings and transparency as PNG. */
        final String output;

        Format(String output) {
            this.output = output;
        }
    }

    /**
     * @param width the width as displayed (after the EXIF orientation), as are the other sizes
     * @param output the extension of the published copies, "jpg" or "png"
     */
    record Info(Format format, int width, int height, Orientation orientation, String output) {}

    private ImageHeader() {}

    static Info read(byte[] bytes, long maxPixels) throws ImageFault {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                return info(reader, maxPixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    /** The first image, turned as its EXIF orientation says; the header is checked again first. */
    static BufferedImage decode(byte[] bytes, long maxPixels) throws ImageFault {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                Info info = info(reader, maxPixels);
                BufferedImage image = reader.read(0);
                if (info.orientation() != Orientation.TOP_LEFT)
                    image = ExifFilterUtils.getFilterForOrientation(info.orientation())
                            .apply(image);
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static ImageReader reader(ImageInputStream in) throws ImageFault {
        if (in == null) throw corrupt(null);
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ImageFault(
                    "is not a JPEG, PNG, GIF or WebP picture (no image reader recognises its content)",
                    "save it as JPEG (photographs) or PNG (drawings, maps)");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, false, false);
        return reader;
    }

    private static Info info(ImageReader reader, long maxPixels) throws IOException, ImageFault {
        String name = reader.getFormatName().toUpperCase(Locale.ROOT);
        Format format = switch (name) {
            case "JPEG", "JPG" -> Format.JPEG;
            case "PNG" -> Format.PNG;
            case "GIF" -> Format.GIF;
            case "WEBP" -> Format.WEBP;
            default ->
                throw new ImageFault(
                        "is a " + name + " picture; bodies show JPEG, PNG, GIF and WebP",
                        "save it as JPEG (photographs) or PNG (drawings, maps)");
        };
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) throw corrupt(null);
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            throw new ImageFault(
                    "is " + width + " x " + height + " pixels (" + pixels + "), more than the limit of " + maxPixels
                            + "; it is not decoded",
                    "scale it down (1600 pixels wide is the largest size the site publishes)"
                            + " or raise limits.max_image_pixels in site.yaml");
        }
        Orientation orientation = format == Format.JPEG ? orientation(reader) : Orientation.TOP_LEFT;
        boolean turned = switch (orientation) {
            case LEFT_TOP, RIGHT_TOP, RIGHT_BOTTOM, LEFT_BOTTOM -> true;
            default -> false;
        };
        String output = format == Format.WEBP && hasAlpha(reader) ? "png" : format.output;
        return turned
                ? new Info(format, height, width, orientation, output)
                : new Info(format, width, height, orientation, output);
    }

    /** The EXIF orientation; a picture whose EXIF block cannot be read is shown as stored. */
    private static Orientation orientation(ImageReader reader) {
        try {
            Orientation o = ExifUtils.getExifOrientation(reader, 0);
            return o == null ? Orientation.TOP_LEFT : o;
        } catch (IOException | RuntimeException e) {
            return Orientation.TOP_LEFT;
        }
    }

    private static boolean hasAlpha(ImageReader reader) {
        try {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            return !types.hasNext() || types.next().getColorModel().hasAlpha();
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static ImageFault corrupt(Exception e) {
        String why = e == null || e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return new ImageFault(
                "cannot be read: the file is damaged or not the picture its name says" + why,
                "open it in an image editor and save it again as JPEG or PNG");
    }
}
