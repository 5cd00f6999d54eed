package org.relationstimeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The fast part of the suite ({@code mvn -B test -Pfast}) leaves out the tests tagged slow. This
 * test is in the fast part, so a new test class of a kind that must stay out of it, or must not
 * run beside other classes, cannot slip in untagged: classes that drive the browser are
 * {@link BrowserTest}, classes holding Jazzer fuzz tests are {@link FuzzRegression}, and classes
 * that start other processes are {@link Slow}.
 */
class TestTagsTest {
    static final Path SOURCES = Path.of("src/test/java");
    static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);

    record Rule(String kind, Pattern uses, String annotation, Predicate<Class<?>> tagged) {}

    static final List<Rule> RULES = List.of(
            new Rule(
                    "drives the browser",
                    Pattern.compile("com\\.microsoft\\.playwright|\\bStaticSiteServer\\b|chromium"),
                    "@BrowserTest",
                    c -> AnnotationSupport.isAnnotated(c, BrowserTest.class)),
            new Rule(
                    "holds Jazzer fuzz tests",
                    Pattern.compile("@FuzzTest\\b"),
                    "@FuzzRegression",
                    c -> AnnotationSupport.isAnnotated(c, FuzzRegression.class)),
            new Rule(
                    "starts other processes",
                    Pattern.compile("\\bnew ProcessBuilder\\b|\\.exec\\(|\\bProcessHandle\\b"),
                    "@Slow",
                    c -> AnnotationSupport.findRepeatableAnnotations(c, Tag.class).stream()
                            .anyMatch(t -> t.value().equals(Slow.TAG))));

    @Test
    void testClassesOfTheSlowKindsAreTagged() throws IOException, ClassNotFoundException {
        List<String> found = new ArrayList<>();
        List<String> untagged = new ArrayList<>();
        for (Path file : testSources()) {
            Class<?> type = Class.forName(className(file));
            if (type.isAnnotation() || type == TestTagsTest.class) continue; // this one names the patterns
            String code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
            for (Rule rule : RULES) {
                if (!rule.uses().matcher(code).find()) continue;
                found.add(type.getSimpleName());
                if (!rule.tagged().test(type))
                    untagged.add(type.getName() + " " + rule.kind() + " but is not " + rule.annotation());
            }
        }
        // The scan sees the known ones (the browser tests, the fuzz classes, the killed builds).
        assertThat(found).contains("ReaderBrowserTest", "BrowserReloadTest", "EntryReaderFuzzTest", "KilledBuildTest");
        assertThat(untagged).isEmpty();
    }

    private static List<Path> testSources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.getFileName().toString().endsWith("Test.java"))
                    .sorted()
                    .toList();
        }
    }

    private static String className(Path file) {
        String relative = SOURCES.relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length())
                .replace(file.getFileSystem().getSeparator(), ".");
    }
}
