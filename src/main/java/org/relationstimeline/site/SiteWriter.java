package org.relationstimeline.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.relationstimeline.files.FolderSwap;
import org.relationstimeline.files.LockFile;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.files.Seal;

/**
 * Writes a new site beside the current one and swaps it into place, so the published folder is
 * always a whole site: the old one or the new one. It holds the output folder's lock
 * ({@link LockFile}) from {@link #open} to {@link #close}, so two builds never write one site.
 *
 * <p>The jobs are done elsewhere: {@link Generations} recycles the previous generation as the
 * staging folder, swaps, and recovers from a swap a kill interrupted; {@link StagingFolder}
 * assembles the new site there, reusing unchanged files; {@link SiteManifest} is the sealed list
 * of a site's files, written last, so a staging folder holding one is a complete site.
 *
 * <p>None of these folders and files is trusted: a pull request can commit a link or a file at
 * any of them. Links are refused ({@link StateFiles#refuseLinks}), files are created exclusively
 * and read without following links ({@link NoFollow}), and a manifest vouches only under this
 * machine's seal ({@link Seal}).
 */
public final class SiteWriter implements AutoCloseable {
    private final Path out;
    private final Generations generations;
    private final LockFile lock;
    /** The current site's manifest. */
    private final SiteManifest live;
    /** Prepared on first use: a build with nothing to do never touches the previous generation. */
    private volatile StagingFolder staged;

    private volatile boolean hashEveryFile;

    private boolean committed;

    /** What a commit did. */
    public record Outcome(int written, int unchanged, int removed) {}

    /** The lock is held by another build of the same output folder. */
    public static final class BusyException extends Exception {
        public BusyException(String message) {
            super(message);
        }
    }

    private SiteWriter(StateFiles state, Generations generations, LockFile lock, SiteManifest seen) throws IOException {
        this.out = state.out();
        this.generations = generations;
        this.lock = lock;
        generations.recover();
        this.live = seen.stillIn(out);
    }

    /** Opens the output folder for a new build, taking its lock. */
    public static SiteWriter open(Path out) throws IOException, BusyException {
        return open(out, SiteManifest.NONE);
    }

    /**
     * As {@link #open(Path)}, given the output folder's manifest as it was read before (by
     * {@link OutputFolderGuard#check}): it is read again only when the folder changed since.
     */
    public static SiteWriter open(Path out, SiteManifest seen) throws IOException, BusyException {
        new StateFiles(out).refuseLinks();
        StateFiles state = new StateFiles(OutputFolderGuard.normal(out));
        state.refuseLinks();
        Files.createDirectories(state.out().getParent());
        state.createRoot();
        LockFile lock = LockFile.tryTake(state.lock())
                .orElseThrow(() -> new BusyException("another build is writing " + out + " (lock " + state.lock()
                        + " is held); wait for it to finish and try again"));
        try {
            return new SiteWriter(state, new Generations(state, FolderSwap.system()), lock, seen);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * True when the current site was built from inputs with this fingerprint and holds exactly
     * its files: each one the manifest lists, as the manifest says, and nothing else (a file
     * planted between two builds, a link, an empty folder). Then there is nothing to write.
     */
    public boolean upToDate(String siteFingerprint) {
        return live.siteFingerprint().filter(siteFingerprint::equals).isPresent() && live.isExactlyIn(out);
    }

    /** The output folder, absolute, links in its path resolved. */
    public Path folder() {
        return out;
    }

    /** The files of the site in place: after {@link #commit}, the new site's; before it, the current one's. */
    public java.util.Set<String> siteFiles() {
        return committed ? staged.files().keySet() : live.files().keySet();
    }

    /** How many files the current site has. */
    public int liveFileCount() {
        return live.files().size();
    }

    /** True when the current site holds {@code file} built from the same inputs; the new site then shares it. */
    public boolean reuse(String file, String inputs) {
        try {
            return staged().reuse(file, inputs);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Adds a file; content equal to what the current site already has is shared, not written.
     * {@code inputs} null: the file is known by its content (hashed once, here).
     */
    public void write(String file, byte[] content, String inputs) throws IOException {
        staged().write(file, content, inputs);
    }

    /** Adds a file whose text is written as it is made (see {@link OutputFile#streamed}). */
    public void write(String file, OutputFile.Text text, String inputs) throws IOException {
        staged().write(file, text, inputs);
    }

    public void write(String file, String content, String inputs) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8), inputs);
    }

    /** The folder the new site is assembled in (for checks that run before the swap). */
    public Path stagingFolder() {
        return generations.staging();
    }

    /**
     * Removes what the new site no longer has, writes the manifest last, then swaps: the current
     * site becomes {@code previous} (recycled by the next build) and the staged site takes its place.
     */
    public Outcome commit(String siteFingerprint) throws IOException {
        StagingFolder site = staged();
        int removed = (int) live.files().keySet().stream()
                .filter(f -> !site.files().containsKey(f))
                .count();
        site.dropUnwritten();
        SiteManifest.write(generations.staging(), siteFingerprint, site.files());
        generations.swap();
        committed = true;
        return new Outcome(site.newFiles(), site.unchangedFiles(), removed);
    }

    /** Releases the lock. Without a commit the staged files are deleted and the site is untouched. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed && staged != null) generations.discardStaging();
        } finally {
            lock.close();
        }
    }

    /**
     * Records the content hash of every file in the manifest, large ones included, so that a later
     * build can verify the folder file by file ({@code build --verify-output}, as the Pages workflow
     * runs it on a restored cache). Without it a large file newly written is recorded unhashed: a
     * later build compares its bytes instead, and hashing it costs as much as writing it.
     */
    public void hashEveryFile() {
        hashEveryFile = true;
    }

    private StagingFolder staged() throws IOException {
        StagingFolder s = staged;
        if (s == null) {
            synchronized (this) {
                if (staged == null)
                    staged = new StagingFolder(
                            generations.staging(), generations.recycle(), out, live.files(), hashEveryFile);
                s = staged;
            }
        }
        return s;
    }
}
