package org.relationstimeline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.relationstimeline.files.SealedFile;
import org.relationstimeline.files.StatStamp;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.problems.ProblemRecords;

/**
 * What the last {@code check} of a project found, with the stamp of the inputs it read
 * ({@link LastBuild#inputsOf}): when a new check finds the same stamp, nothing it reads has
 * changed and it reports the same problems without reading a file, as linters with a cache do.
 * Sealed beside check's entry cache ({@code .rt-cache/check/}), so a committed one is never believed.
 *
 * @param inputs the stamp of the content, theme and config files, the options, the generator and the
 *     day, taken before they were read; empty when they could not be stamped (nothing is then recorded)
 * @param problems every error and warning the check found, in the order it printed them
 * @param files content files read
 */
public record LastCheck(Optional<StatStamp> inputs, List<Problem> problems, int files) {
    // "RTK1": the first version of this file
    private static final int FORMAT = 0x52544b31;
    private static final long MAX_BYTES = 16L << 20;

    /** Its place in check's cache folder. */
    public static Path fileIn(Path cacheFolder) {
        return cacheFolder.resolve("last-check.bin");
    }

    /** The last check recorded in {@code cacheFolder}, when there is one under this machine's seal for these inputs. */
    public static Optional<LastCheck> read(Path cacheFolder, StatStamp inputs) {
        return SealedFile.read(
                        fileIn(cacheFolder),
                        FORMAT,
                        MAX_BYTES,
                        in -> new LastCheck(Optional.of(StatStamp.readFrom(in)), ProblemRecords.read(in), in.readInt()))
                .filter(last -> last.inputs().get().stillHolds(inputs));
    }

    /** Records this check, replacing the last one in one step; a record that cannot be written only costs the next check its shortcut. */
    public void writeIn(Path cacheFolder) {
        if (inputs.isEmpty()) return;
        try {
            SealedFile.write(fileIn(cacheFolder), FORMAT, out -> {
                inputs.get().writeTo(out);
                ProblemRecords.write(out, problems);
                out.writeInt(files);
            });
        } catch (IOException e) {
            // the next check reads the files again
        }
    }
}
