package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.Slow;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.testing.TestProject.Run;

/**
 * bin/relations-timeline: the same results as {@code java -jar}, a class archive made on a
 * command's first successful run and used after (the JVM's class-loading log shows classes coming
 * from it), and an archive folder that is not the user's own, or a damaged archive, never used.
 */
@Slow
class LauncherTest {
    private static final Path LAUNCHER = Path.of("bin/relations-timeline").toAbsolutePath();

    @TempDir
    static Path shared;

    static Path jar;

    @TempDir
    Path dir;

    Path cache;
    TestProject project;

    /**
     * The suite runs before Maven packages the jar, so the test makes its own: the compiled
     * classes in a jar (class archives cannot hold classes from folders) that names the
     * dependencies' jars in its manifest.
     */
    @BeforeAll
    static void packageTheCompiledClasses() throws IOException {
        jar = shared.resolve("relations-timeline.jar");
        List<String> classPath = new ArrayList<>();
        Path classes = null;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (p.endsWith(Path.of("target", "classes"))) classes = p;
            else if (entry.endsWith(".jar")) classPath.add(p.toUri().toString());
        }
        assertThat(classes).as("target/classes on the test class path").isNotNull();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path root = classes;
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(root.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }

    @BeforeEach
    void project() {
        cache = dir.resolve("cache");
        project = TestProject.empty(dir.resolve("project"));
        project.write(
                "a.md",
                "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n"
                        + "sources:\n  - title: A report\n    publisher: Reuters\n    date: 2023-01-02\n---\nOne.\n");
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.root().toFile());
        pb.environment().put("RT_JAR", jar.toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().remove("RT_JAVA_OPTS");
        pb.environment().remove("RT_CDS");
        pb.environment().putAll(env);
        return TestProject.runProcess(pb, dir);
    }

    private Run check(Map<String, String> env) throws IOException, InterruptedException {
        return launch(env, "check", "--content", project.content().toString());
    }

    private List<Path> archives() throws IOException {
        Path folder = cache.resolve("relations-timeline");
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith("check-"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Everything in a folder but the machine's seal key, which check makes there to seal its entry
     * cache: archives, and what a recording leaves behind.
     */
    private static List<Path> archiveFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().equals("manifest.key"))
                    .toList();
        }
    }

    /** Logs where each class came from, so a test can see the archive used. */
    private static final Map<String, String> CLASS_LOG = Map.of("RT_JAVA_OPTS", "-Xlog:class+load=info");

    @Test
    void theFirstRunMakesAnArchiveThatLaterRunsLoadTheGeneratorsClassesFrom() throws Exception {
        Run first = check(CLASS_LOG);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("checked 1 file(s): 0 error(s)");
        assertThat(archives()).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("relations-timeline"))))
                .isEqualTo("rwx------");
        FileTime made = Files.getLastModifiedTime(archives().get(0));

        Run second = check(CLASS_LOG);

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("checked 1 file(s): 0 error(s)");
        assertThat(second.out().lines().filter(l -> l.contains("org.relationstimeline.cli.Main ")))
                .singleElement()
                .asString()
                .contains("shared objects file");
        assertThat(first.out().lines().filter(l -> l.contains("org.relationstimeline.cli.Main ")))
                .singleElement()
                .asString()
                .doesNotContain("shared objects file");
        assertThat(Files.getLastModifiedTime(archives().get(0))).isEqualTo(made);
    }

    /** Where these machines install JDK 25 beside the default 17. */
    private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @Test
    void onJdk25TheFirstRunMakesAnArchiveTooAndLeavesNothingElseBehind() throws Exception {
        assumeTrue(Files.isExecutable(JDK_25), "JDK 25 is installed at " + JDK_25);
        // The class log goes to standard error, so standard output holds only the command's JSON.
        Map<String, String> jdk25 =
                Map.of("RT_JAVA", JDK_25.toString(), "RT_JAVA_OPTS", "-Xlog:class+load=info:stderr");
        Run first = launch(
                jdk25,
                "check",
                "--format",
                "json",
                "--content",
                project.content().toString());
        assertThat(first.exitCode()).isZero();
        assertThat(com.google.gson.JsonParser.parseString(first.out()).getAsJsonArray())
                .as("the command's own output only, even while the archive is recorded")
                .hasSize(1);
        try (Stream<Path> left = archiveFiles(cache.resolve("relations-timeline")).stream()) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .singleElement()
                    .asString()
                    .startsWith("check-")
                    .endsWith(".jsa");
        }

        Run second = check(jdk25);

        assertThat(second.err().lines().filter(l -> l.contains("org.relationstimeline.cli.Main ")))
                .singleElement()
                .asString()
                .contains("shared objects file");
    }

    @Test
    void aRebuiltJarGetsItsOwnArchiveAndTheOldOneIsRemoved() throws Exception {
        assertThat(check(Map.of()).exitCode()).isZero();
        Path old = archives().get(0);
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        assertThat(check(Map.of()).exitCode()).isZero();

        assertThat(archives()).hasSize(1).doesNotContain(old);
    }

    @Test
    void aFailedRunLeavesNoArchive() throws Exception {
        project.write("b.md", "---\ntitle: Broken\ndate: not a date\ncountries: [RU, DZ]\n---\nTwo.\n");

        Run run = check(Map.of());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(archives()).isEmpty();
        assertThat(archiveFiles(cache.resolve("relations-timeline")))
                .as("no temporary archive left behind")
                .isEmpty();
    }

    @Test
    void aDamagedArchiveIsIgnoredAndTheCommandStillWorks() throws Exception {
        assertThat(check(Map.of()).exitCode()).isZero();
        Path archive = archives().get(0);
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");

        Run run = check(Map.of());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("checked 1 file(s): 0 error(s)");
    }

    @Test
    void anArchiveFolderThatIsALinkOrOpenToOthersIsNotUsed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(cache);
        Files.createSymbolicLink(cache.resolve("relations-timeline"), elsewhere);

        Run linked = check(Map.of());

        assertThat(linked.exitCode()).isZero();
        assertThat(linked.err()).contains("is not a plain folder; running without a class archive");
        try (Stream<Path> inside = Files.list(elsewhere)) {
            assertThat(inside)
                    .as("no archive, and no seal key either, written through the link")
                    .isEmpty();
        }

        Files.delete(cache.resolve("relations-timeline"));
        Files.createDirectories(cache.resolve("relations-timeline"));
        Files.setPosixFilePermissions(
                cache.resolve("relations-timeline"), PosixFilePermissions.fromString("rwxrwxrwx"));

        Run open = check(Map.of());

        assertThat(open.exitCode()).isZero();
        assertThat(open.err()).contains("is not private to you");
        assertThat(archives()).isEmpty();
    }

    /**
     * serve runs until it is stopped. Stopping the launcher (SIGTERM, as editors' tools and CI do)
     * while it records the archive must stop its JVM too, and keep the archive: a JVM left running
     * would hold the port, and serve would record an archive on every start and never use one.
     */
    @Test
    void aServeStoppedWithATermSignalStopsItsJvmAndKeepsItsArchive() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        LAUNCHER.toString(),
                        "serve",
                        "--port",
                        "0",
                        "--content",
                        project.content().toString())
                .directory(project.root().toFile())
                .redirectErrorStream(true);
        pb.environment().put("RT_JAR", jar.toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().remove("RT_JAVA_OPTS");
        pb.environment().remove("RT_CDS");
        Process launcher = pb.start();
        List<ProcessHandle> jvms;
        try (var lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do line = lines.readLine();
            while (line != null && !line.startsWith("serving http://"));
            assertThat(line).as("serve printed its address").isNotNull();
            jvms = launcher.descendants().toList();
            assertThat(jvms)
                    .as("the JVM runs as the launcher's child while it records")
                    .isNotEmpty();

            launcher.destroy();

            assertThat(launcher.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            for (ProcessHandle jvm : jvms) jvm.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
        assertThat(jvms).noneMatch(ProcessHandle::isAlive);
        assertThat(launcher.exitValue()).isEqualTo(143);
        try (Stream<Path> list = Files.list(cache.resolve("relations-timeline"))) {
            assertThat(list.map(p -> p.getFileName().toString()))
                    .as("the archive serve recorded as it stopped")
                    .anyMatch(name -> name.startsWith("serve-") && name.endsWith(".jsa"));
        }
    }

    @Test
    void aMissingJarSaysHowToBuildIt() throws Exception {
        Run run = launch(Map.of("RT_JAR", dir.resolve("none.jar").toString()), "check");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mvn -B -q package -DskipTests");
    }
}
