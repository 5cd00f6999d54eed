package org.relationstimeline.content;

import org.relationstimeline.problems.Problem;

/**
 * Bounds that keep hostile input cheap to refuse: file and front matter sizes, nesting depth,
 * aliases and the total number of values (an alias "bomb" expands exponentially otherwise), and
 * the parties one entry may name.
 *
 * <p>The party limit bounds the output, not the input: an entry of n parties is placed on
 * n(n-1)/2 pair timelines, each with its page, feed and data export, so one short line of codes
 * costs quadratically many files. The default, {@value #DEFAULT_MAX_PARTIES_PER_ENTRY}, covers
 * real multilateral events (a G20 summit, the EU's 27 with guests) at 435 pair timelines; larger
 * groupings are better recorded with an organisation party (NATO, the EU) from the site config.
 *
 * <p>The image limits bound what a picture in a body may cost before it is decoded: its file size,
 * and its pixel count as its header states it ({@code width x height}), so a small file that
 * claims 100,000 x 100,000 pixels (a decompression bomb) is refused before any memory is taken.
 *
 * @param maxImageBytes the largest image file a body may show
 * @param maxImagePixels the most pixels (width x height from the header) an image may have
 */
public record YamlLimits(
        int maxFileBytes,
        int maxFrontMatterBytes,
        int maxDepth,
        int maxAliases,
        int maxValues,
        int maxPartiesPerEntry,
        int maxImageBytes,
        long maxImagePixels) {
    public static final int DEFAULT_MAX_PARTIES_PER_ENTRY = 30;
    /** A configured party limit above this is refused: it is 4,950 pair timelines for one entry; events of more parties are better recorded with an organisation party. */
    public static final int MAX_CONFIGURABLE_PARTIES_PER_ENTRY = 100;

    /** 20 MB: a camera's full-size JPEG fits; the build makes the smaller sizes readers download. */
    public static final int DEFAULT_MAX_IMAGE_BYTES = 20 << 20;
    /** 50 megapixels (8,660 x 5,773): about 200 MB decoded, the most one image may take while resized. */
    public static final long DEFAULT_MAX_IMAGE_PIXELS = 50_000_000L;

    public static final YamlLimits DEFAULT = new YamlLimits(
            1 << 20,
            64 << 10,
            20,
            20,
            10_000,
            DEFAULT_MAX_PARTIES_PER_ENTRY,
            DEFAULT_MAX_IMAGE_BYTES,
            DEFAULT_MAX_IMAGE_PIXELS);

    /** Limits with the default image limits. */
    public YamlLimits(
            int maxFileBytes,
            int maxFrontMatterBytes,
            int maxDepth,
            int maxAliases,
            int maxValues,
            int maxPartiesPerEntry) {
        this(
                maxFileBytes,
                maxFrontMatterBytes,
                maxDepth,
                maxAliases,
                maxValues,
                maxPartiesPerEntry,
                DEFAULT_MAX_IMAGE_BYTES,
                DEFAULT_MAX_IMAGE_PIXELS);
    }

    /** Limits with the default party limit. */
    public YamlLimits(int maxFileBytes, int maxFrontMatterBytes, int maxDepth, int maxAliases, int maxValues) {
        this(maxFileBytes, maxFrontMatterBytes, maxDepth, maxAliases, maxValues, DEFAULT_MAX_PARTIES_PER_ENTRY);
    }

    /** The error for a content file over the size limit; callers check the size on disk before reading it. */
    public java.util.Optional<Problem> sizeProblem(String displayPath, long size) {
        if (size <= maxFileBytes) return java.util.Optional.empty();
        return java.util.Optional.of(Problem.error(
                displayPath,
                0,
                0,
                "too-large",
                "file is " + size + " bytes, more than the limit of " + maxFileBytes,
                "split it or raise limits.max_file_bytes in site.yaml"));
    }

    /** The number of pair timelines an entry at the party limit is placed on. */
    public long maxPairsPerEntry() {
        return pairsOf(maxPartiesPerEntry);
    }

    /** The pair timelines an entry of {@code parties} parties is placed on: n(n-1)/2. */
    public static long pairsOf(int parties) {
        return (long) parties * (parties - 1) / 2;
    }
}
