package org.relationstimeline.pipeline;

import static org.relationstimeline.files.BinaryFields.readString;
import static org.relationstimeline.files.BinaryFields.readStrings;
import static org.relationstimeline.files.BinaryFields.writeString;
import static org.relationstimeline.files.BinaryFields.writeStrings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.relationstimeline.files.SealedFile;
import org.relationstimeline.files.StatStamp;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.problems.ProblemRecords;
import org.relationstimeline.site.SiteManifest;

/**
 * What the last successful build of an output folder read and wrote, as {@code lstat} saw them,
 * and what it reported: when a new build finds every input file and every site file as they were
 * then, with the same options, generator and day, nothing can have changed, and it reports the
 * same problems without loading anything. This is the "no work to do" of make and ninja; any
 * difference (a file touched, a folder listed differently, a link anywhere among the inputs, a
 * file edited too close to the last build to be trusted) falls through to the ordinary build,
 * which compares content hashes.
 *
 * <p>Kept sealed in the build's state folder ({@code StateFiles.lastBuild()}): a pull request can
 * commit a file of that name, but not one that verifies under this machine's key.
 *
 * @param inputs the stamp of the inputs ({@link #inputsOf}), taken before the build read them
 * @param sitePaths every file and folder of the site, the manifest included, and the site folder ("")
 * @param site the stamp of those paths just after the site was put in place
 * @param problems the warnings the build reported
 * @param files content files read
 * @param entries entries built
 * @param pages files in the site
 * @param themeOverrides the project's theme files that replace default ones
 */
public record LastBuild(
        StatStamp inputs,
        List<String> sitePaths,
        String site,
        List<Problem> problems,
        int files,
        int entries,
        int pages,
        List<String> themeOverrides) {
    // "RTL1": the first version of this file
    private static final int FORMAT = 0x52544c31;
    /**
     * Room for the paths of about 900,000 site files; the whole file is read to check its seal
     * before a field is parsed, so the bound is also what a planted file can cost.
     */
    private static final long MAX_BYTES = 64L << 20;

    /**
     * The stamp of what a build with these options reads: the content folder, the theme folder and
     * the config file as stat sees them, with the options, the generator, the working folder (files
     * are named from it in problems) and today's date (a future date is a warning). Empty when it
     * cannot be trusted (a link or a fresh file among them: see {@link StatStamp#ofTrees}).
     */
    public static Optional<StatStamp> inputsOf(BuildOptions options, LocalDate today, ZoneId zone) {
        try {
            List<Path> trees = new ArrayList<>(List.of(
                    options.content().toAbsolutePath(),
                    options.templates().toAbsolutePath(),
                    options.configFile().toAbsolutePath()));
            // Run from a classes folder (tests, an IDE), the generator's identity is the folder's
            // own stat, which a recompiled class or a changed bundled template leaves alone.
            GeneratorVersion.codeFolder().ifPresent(trees::add);
            Optional<StatStamp> files = StatStamp.ofTrees(trees);
            return files.map(f -> f.with(String.join(
                    "\n",
                    GeneratorVersion.identity(),
                    options.content().toAbsolutePath().normalize().toString(),
                    options.templates().toAbsolutePath().normalize().toString(),
                    options.configFile().toAbsolutePath().normalize().toString(),
                    String.valueOf(options.templatesRequired()),
                    options.baseUrl().orElse(""),
                    String.valueOf(options.drafts()),
                    BuildOptions.display(options.content()),
                    Path.of("").toAbsolutePath().toString(),
                    today + " " + zone.getId())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every folder holding a file of the site, the site folder itself and the manifest, with the files. */
    public static List<String> sitePaths(Collection<String> files) {
        TreeSet<String> paths = new TreeSet<>(files);
        paths.addAll(SiteManifest.foldersOf(files));
        paths.add("");
        paths.add(SiteManifest.FILE);
        return new ArrayList<>(paths);
    }

    /** True when this build's inputs and its site are as they were: there is nothing to do. */
    public boolean stillHolds(StatStamp inputsNow, Path out) {
        return inputs.stillHolds(inputsNow)
                && StatStamp.ofPaths(out, sitePaths).filter(site::equals).isPresent();
    }

    /** The last build as recorded in {@code file}, when there is one under this machine's seal. */
    public static Optional<LastBuild> read(Path file) {
        return SealedFile.read(
                file,
                FORMAT,
                MAX_BYTES,
                in -> new LastBuild(
                        StatStamp.readFrom(in),
                        readStrings(in),
                        readString(in),
                        ProblemRecords.read(in),
                        in.readInt(),
                        in.readInt(),
                        in.readInt(),
                        readStrings(in)));
    }

    /** Records this build in {@code file}, replacing the last one in one step. */
    public void write(Path file) throws IOException {
        SealedFile.write(file, FORMAT, out -> {
            inputs.writeTo(out);
            writeStrings(out, sitePaths);
            writeString(out, site);
            ProblemRecords.write(out, problems);
            out.writeInt(files);
            out.writeInt(entries);
            out.writeInt(pages);
            writeStrings(out, themeOverrides);
        });
    }
}
