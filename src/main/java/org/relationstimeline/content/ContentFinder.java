package org.relationstimeline.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.problems.Problem;

/**
 * Finds the Markdown files under the content folder, in a stable order. Hidden files and folders
 * are skipped; a symbolic link is followed only when it stays inside the content folder, so a
 * contributed link cannot make the build read files from elsewhere on the machine.
 *
 * <p>Three top-level folders hold what editors write beside entries, one file per subject:
 * {@value #RELATIONS}/ (a pair's profile), {@value #COUNTRIES}/ (a party's profile) and
 * {@value #PAGES}/ (general pages such as About). Every other Markdown file is an entry.
 */
public final class ContentFinder {
    /** Relation profiles: {@code relations/<pair-slug>.md}. */
    public static final String RELATIONS = "relations";
    /** Country and organisation profiles: {@code countries/<party-slug>.md}. */
    public static final String COUNTRIES = "countries";
    /** General pages: {@code pages/<slug>.md}. */
    public static final String PAGES = "pages";

    private ContentFinder() {}

    /**
     * Files found, each list sorted, and problems met (unreadable folders, links leaving the
     * folder, a file below a profile or page folder's top level).
     *
     * @param files the entries
     */
    public record Found(
            List<Path> files,
            List<Path> relationProfiles,
            List<Path> countryProfiles,
            List<Path> pages,
            List<Problem> problems) {}

    public static Found find(Path contentDir, String displayPrefix) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            problems.add(Problem.error(
                    displayPrefix,
                    0,
                    0,
                    "no-content",
                    "content folder " + contentDir + " does not exist",
                    "create it, or give --content DIR"));
            return new Found(files, List.of(), List.of(), List.of(), problems);
        }
        Path root;
        try {
            root = contentDir.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.error(
                    displayPrefix, 0, 0, "unreadable", "cannot read " + contentDir + ": " + e.getMessage(), ""));
            return new Found(files, List.of(), List.of(), List.of(), problems);
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    if (attrs.isSymbolicLink()) {
                        checkLink(root, file, displayPrefix, files, problems);
                    } else if (attrs.isRegularFile()
                            && file.getFileName().toString().endsWith(".md")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.error(
                            display(root, file, displayPrefix),
                            0,
                            0,
                            "unreadable",
                            "cannot read: " + e.getMessage(),
                            "check the file's permissions"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.error(
                    displayPrefix, 0, 0, "unreadable", "cannot list " + contentDir + ": " + e.getMessage(), ""));
        }
        return sort(root, files, displayPrefix, problems);
    }

    /** Puts each file with its kind by the top-level folder it is in. */
    private static Found sort(Path root, List<Path> all, String prefix, List<Problem> problems) {
        List<Path> entries = new ArrayList<>();
        List<Path> relations = new ArrayList<>();
        List<Path> countries = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        for (Path file : all) {
            Path rel = root.relativize(file);
            String top = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
            List<Path> section = switch (top) {
                case RELATIONS -> relations;
                case COUNTRIES -> countries;
                case PAGES -> pages;
                default -> entries;
            };
            if (section != entries && rel.getNameCount() > 2) {
                problems.add(Problem.error(
                        display(root, file, prefix),
                        0,
                        0,
                        "misplaced",
                        "files in " + top + "/ are read one per subject, and this one is in a folder below it",
                        "move it to " + top + "/" + file.getFileName()));
                continue;
            }
            section.add(file);
        }
        for (List<Path> list : List.of(entries, relations, countries, pages)) list.sort(null);
        return new Found(entries, relations, countries, pages, problems);
    }

    private static void checkLink(Path root, Path link, String prefix, List<Path> files, List<Problem> problems) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(root)) {
                problems.add(Problem.error(
                        display(root, link, prefix),
                        0,
                        0,
                        "link-outside",
                        "symbolic link points outside the content folder",
                        "replace the link with the file itself"));
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && link.getFileName().toString().endsWith(".md")) {
                files.add(link);
            }
        } catch (IOException e) {
            problems.add(Problem.error(
                    display(root, link, prefix), 0, 0, "unreadable", "broken symbolic link", "remove it"));
        }
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".");
    }

    /** The content folder as files found in it are relative to: its real path where it has one. */
    public static Path root(Path contentDir) {
        try {
            return contentDir.toRealPath();
        } catch (IOException e) {
            return contentDir.toAbsolutePath();
        }
    }

    /** The display path of a file: the prefix and its path below the content folder. */
    public static String display(Path root, Path file, String prefix) {
        return display(prefix, root.relativize(file).toString().replace('\\', '/'));
    }

    /** A path relative to the content folder ("entries/2023/x.md") as messages name it ("content/entries/2023/x.md"). */
    public static String display(String prefix, String relativePath) {
        return prefix.isEmpty() ? relativePath : prefix + "/" + relativePath;
    }
}
