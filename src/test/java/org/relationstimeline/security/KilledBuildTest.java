package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.cli.Main;
import org.relationstimeline.site.StateFiles;
import org.relationstimeline.testing.Slow;
import org.relationstimeline.text.Hashes;

/**
 * The published folder is always a whole site. The real command line runs as a child process on
 * a few hundred entries and is killed with SIGKILL at random moments (seeded); after each kill the
 * site folder must be exactly the old site or exactly the new one, and the next build must finish
 * the job. Two builds of one project at once must not corrupt each other: the second is refused
 * with a clear message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
@Slow // starts and kills a dozen child JVMs
@Order(1) // the longest class: started first, the other classes fill the other core meanwhile
class KilledBuildTest {
    private static final int ENTRIES = 200;
    private static final int KILLS = 10;
    /**
     * The child builds are short: the C1 compiler alone starts them sooner and uses half the CPU
     * of the tiered JIT, which matters with a dozen of them on a shared machine. What a kill
     * leaves behind does not depend on the JIT.
     */
    private static final String CHILD_JIT = "-XX:TieredStopAtLevel=1";

    @TempDir
    static Path dir;

    Path contentA;
    Path contentB;
    Map<String, String> siteA;
    Map<String, String> siteB;
    /** How long an uninterrupted child build from A to B takes, JVM start included. */
    long buildMillis;

    String lastErr = "";

    @BeforeAll
    void corpusAndReferenceSites() throws Exception {
        Files.writeString(dir.resolve("site.yaml"), GeneratedCorpus.SITE_YAML);
        contentA = dir.resolve("content-a");
        contentB = dir.resolve("content-b");
        GeneratedCorpus.write(contentA, ENTRIES, 1);
        GeneratedCorpus.write(contentB, ENTRIES, 2);
        // Reference sites, each built clean in a folder of its own (in this JVM, to save time).
        assertThat(buildHere(contentA, dir.resolve("ref-a"))).isZero();
        assertThat(buildHere(contentB, dir.resolve("ref-b"))).isZero();
        siteA = snapshot(dir.resolve("ref-a"));
        siteB = snapshot(dir.resolve("ref-b"));
        assertThat(siteA).hasSizeGreaterThan(ENTRIES).isNotEqualTo(siteB);
        // Calibrate: a full child build from A to B in the folder the kills will use.
        assertThat(buildHere(contentA, site())).isZero();
        long start = System.nanoTime();
        assertThat(build(contentB, site()).waitFor()).isZero();
        buildMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(snapshot(site())).isEqualTo(siteB);
    }

    private Path site() {
        return dir.resolve("site");
    }

    /** Starts the real command line in a fresh JVM; its output goes to files so it can never block. */
    private Process build(Path content, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                CHILD_JIT,
                "-cp",
                System.getProperty("java.class.path"),
                "org.relationstimeline.cli.Main",
                "build",
                "--quiet",
                "--content",
                content.toString(),
                "--config",
                dir.resolve("site.yaml").toString(),
                "--templates",
                Path.of("templates").toAbsolutePath().toString(),
                "--out",
                out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile());
        return pb.start();
    }

    /** The same command line in this JVM: faster, for builds that are not killed. */
    private int buildHere(Path content, Path out) {
        StringWriter err = new StringWriter();
        int code = Main.execute(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true),
                "build",
                "--quiet",
                "--content",
                content.toString(),
                "--config",
                dir.resolve("site.yaml").toString(),
                "--templates",
                Path.of("templates").toAbsolutePath().toString(),
                "--out",
                out.toString());
        lastErr = err.toString();
        return code;
    }

    private String childErr() throws IOException {
        return Files.readString(dir.resolve("child.err"));
    }

    /** Every file of a site folder (manifest included) with its content hash. */
    static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(site)) return files;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), Hashes.of(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void killedAtAnyMomentTheSiteIsTheOldOrTheNewOneWhole() throws Exception {
        Random random = new Random(20_231_127L);
        int sawOld = 0;
        int sawNew = 0;
        for (int i = 0; i < KILLS; i++) {
            // Alternate direction, so each run's "old" is the previous run's complete site.
            boolean toB = i % 2 == 0;
            Map<String, String> before = toB ? siteA : siteB;
            Map<String, String> after = toB ? siteB : siteA;
            assertThat(snapshot(site())).as("start of round " + i).isEqualTo(before);
            // Half the kills land anywhere in the build, half in its last third (render, commit, swap).
            double fraction = i % 4 < 2 ? random.nextDouble() : 0.67 + 0.33 * random.nextDouble();
            long delay = (long) (buildMillis * fraction);
            Process child = build(toB ? contentB : contentA, site());
            if (child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                assertThat(child.exitValue()).as(childErr()).isZero();
            } else {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Map<String, String> state = snapshot(site());
            assertThat(state)
                    .as("round %d, killed after %d ms of %d", i, delay, buildMillis)
                    .isIn(before, after);
            if (state.equals(before)) sawOld++;
            else sawNew++;
            // The next build recovers whatever the kill left and completes the new site.
            assertThat(buildHere(toB ? contentB : contentA, site())).as(lastErr).isZero();
            assertThat(snapshot(site())).as("round %d after recovery", i).isEqualTo(after);
            assertThat(new StateFiles(site()).staging())
                    .as("no staging folder is left behind")
                    .doesNotExist();
        }
        assertThat(sawOld).as("some kills interrupted the build").isPositive();
    }

    @Test
    void secondBuildWhileTheFirstHoldsTheLockFailsFastAndChangesNothing() throws Exception {
        Map<String, String> before = snapshot(site());
        Path lockFile = new StateFiles(site()).lock();
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            Path other = before.equals(siteA) ? contentB : contentA;
            long start = System.nanoTime();
            Process second = build(other, site());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(childErr()).contains("another build is writing");
            assertThat(millis).as("refused without waiting for the lock").isLessThan(Math.max(20_000, 3 * buildMillis));
            assertThat(snapshot(site())).isEqualTo(before);
            assertThat(new StateFiles(site()).staging()).doesNotExist();
        }
    }

    @Test
    void twoBuildsAtOnceNeverCorruptTheSite() throws Exception {
        Map<String, String> before = snapshot(site());
        Path other = before.equals(siteA) ? contentB : contentA;
        Map<String, String> expected = before.equals(siteA) ? siteB : siteA;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> builds = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            builds.add(new ProcessBuilder(
                            java,
                            CHILD_JIT,
                            "-cp",
                            System.getProperty("java.class.path"),
                            "org.relationstimeline.cli.Main",
                            "build",
                            "--quiet",
                            "--content",
                            other.toString(),
                            "--config",
                            dir.resolve("site.yaml").toString(),
                            "--templates",
                            Path.of("templates").toAbsolutePath().toString(),
                            "--out",
                            site().toString())
                    .redirectOutput(dir.resolve("both-" + n + ".out").toFile())
                    .redirectError(dir.resolve("both-" + n + ".err").toFile())
                    .start());
        }
        int succeeded = 0;
        for (int n = 0; n < 2; n++) {
            Process p = builds.get(n);
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(dir.resolve("both-" + n + ".err"));
            if (p.exitValue() == 0) {
                succeeded++;
            } else {
                assertThat(p.exitValue()).isEqualTo(1);
                assertThat(err).contains("another build is writing");
            }
        }
        assertThat(succeeded).isPositive();
        assertThat(snapshot(site())).isEqualTo(expected);
    }
}
