package org.relationstimeline.content;

import org.relationstimeline.problems.Problem;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Markdown files under the content folder, in a stable order. Hidden files and folders
 * are skipped; a symbolic link is followed only when it stays inside the content folder, so a
 * contributed link cannot make the build read files from elsewhere on the machine.
 */
public final class ContentFinder {
    private ContentFinder() {}

    /** Files found and problems met (unreadable folders, links leaving the folder). */
    public record Found(List<Path> files, List<Problem> problems) {}

    public static Found find(Path contentDir, String displayPrefix) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            problems.add(Problem.error(displayPrefix, 0, 0, "no-content", "content folder " + contentDir + " does not exist",
                    "create it, or give --content DIR"));
            return new Found(files, problems);
        }
        Path root;
        try {
            root = contentDir.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.error(displayPrefix, 0, 0, "unreadable", "cannot read " + contentDir + ": " + e.getMessage(), ""));
            return new Found(files, problems);
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
                    } else if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".md")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.error(display(root, file, displayPrefix), 0, 0, "unreadable",
                            "cannot read: " + e.getMessage(), "check the file's permissions"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.error(displayPrefix, 0, 0, "unreadable", "cannot list " + contentDir + ": " + e.getMessage(), ""));
        }
        files.sort(null);
        return new Found(files, problems);
    }

    private static void checkLink(Path root, Path link, String prefix, List<Path> files, List<Problem> problems) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(root)) {
                problems.add(Problem.error(display(root, link, prefix), 0, 0, "link-outside",
                        "symbolic link points outside the content folder", "replace the link with the file itself"));
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && link.getFileName().toString().endsWith(".md")) {
                files.add(link);
            }
        } catch (IOException e) {
            problems.add(Problem.error(display(root, link, prefix), 0, 0, "unreadable", "broken symbolic link", "remove it"));
        }
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".");
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
