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
 */
public record YamlLimits(
        int maxFileBytes,
        int maxFrontMatterBytes,
        int maxDepth,
        int maxAliases,
        int maxValues,
        int maxPartiesPerEntry) {
    public static final int DEFAULT_MAX_PARTIES_PER_ENTRY = 30;
    /** A configured party limit above this is refused: it is 4,950 pair timelines for one entry; events of more parties are better recorded with an organisation party. */
    public static final int MAX_CONFIGURABLE_PARTIES_PER_ENTRY = 100;

    public static final YamlLimits DEFAULT =
            new YamlLimits(1 << 20, 64 << 10, 20, 20, 10_000, DEFAULT_MAX_PARTIES_PER_ENTRY);

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
