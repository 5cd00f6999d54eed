package org.relationstimeline.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.relationstimeline.cli.Main;
import org.relationstimeline.text.Hashes;

/**
 * A throw-away copy of a fixture project (content/ and site.yaml from src/test/resources/corpus/NAME)
 * built with the real theme in templates/ through the real command line.
 */
public final class TestProject {
    public static final Path THEME = Path.of("templates").toAbsolutePath();

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** Copies fixture corpus {@code name} into {@code dir}. */
    public static TestProject copy(String name, Path dir) {
        copyTree(Path.of("src/test/resources/corpus", name), dir);
        return new TestProject(dir);
    }

    /** Copies a folder tree, files and folders as they are. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder tree, deepest files first. */
    public static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty project with just a content folder. */
    public static TestProject empty(Path dir) {
        try {
            Files.createDirectories(dir.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestProject(dir);
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path site() {
        return root.resolve("site");
    }

    /** Writes (or replaces) a content file. */
    public Path write(String relative, String text) {
        Path file = content().resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The outcome of one command. */
    public record Run(int exitCode, String out, String err) {}

    /** Runs a child process to its end, its output and errors kept in two files under {@code scratch}. */
    public static Run runProcess(ProcessBuilder pb, Path scratch) throws IOException, InterruptedException {
        Path out = scratch.resolve("out.txt");
        Path err = scratch.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = pb.start().waitFor();
        return new Run(
                code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Runs a command with this project's folders; extra arguments are appended. */
    public Run run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                command,
                "--content",
                content().toString(),
                "--config",
                root.resolve("site.yaml").toString()));
        if (command.equals("build")) {
            if (!List.of(extra).contains("--templates")) args.addAll(List.of("--templates", THEME.toString()));
            if (!List.of(extra).contains("--out")) args.addAll(List.of("--out", site().toString()));
        }
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    public Run build(String... extra) {
        return run("build", extra);
    }

    /** A private copy of the default theme at {@code templates/} in this project, safe to alter. */
    public Path copyTheme() {
        Path copy = root.resolve("templates");
        copyTree(THEME, copy);
        return copy;
    }

    /** Parses a produced page, by its path below the site folder ("relations/a-b/index.html"). */
    public Document page(String relative) {
        try {
            return Jsoup.parse(site().resolve(relative).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page of each pair's timeline ("relations/algeria-russia/index.html"), found by its page kind. */
    public List<String> pairPages() {
        return htmlFiles().stream()
                .filter(f -> f.matches("relations/[^/]+/index.html"))
                .filter(f -> page(f).body().hasClass("kind-pair"))
                .toList();
    }

    /** Every file below {@code root} by relative path, with a hash of its bytes: equal maps mean byte-identical trees. */
    public static Map<String, String> fileHashes(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Hashes.of(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The pages the theme rendered: every HTML file but the small pages at the reversed addresses
     * of pairs (/relations/russia-algeria/), which only refresh to the pair.
     */
    public List<String> pageFiles() {
        return htmlFiles().stream()
                .filter(f -> page(f).select("meta[http-equiv=refresh]").isEmpty())
                .toList();
    }

    /** All HTML files of the built site, relative to it, sorted. */
    public List<String> htmlFiles() {
        try (Stream<Path> walk = Files.walk(site())) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site().relativize(p).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
