package org.relationstimeline.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.relationstimeline.content.ContentFinder;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.render.BodyImages;
import org.relationstimeline.render.BodyLinks;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.text.DidYouMean;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.BodyLink;
import org.relationstimeline.timeline.Entry;

/**
 * The local pictures entry bodies show ({@link ImagePath}), checked as untrusted input and
 * published as resized copies. Loading reads each file once (refusing links, files over
 * {@code limits.max_image_bytes} and anything outside the content folder), hashes it and reads its
 * header (refusing formats other than JPEG, PNG, GIF and WebP, and pictures over
 * {@code limits.max_image_pixels} before decoding); every problem is reported at the image in the
 * body, all in one run. The copies are named by the picture's content hash
 * ({@code images/<name>-<hash>-<width>.jpg}), so an address never shows another picture, a
 * browser may keep it for ever, and two entries showing one picture share its files; they are made
 * when the site is written, and only when the previous site does not hold them already.
 */
public final class ImageCatalog implements BodyImages {
    /** Hex digits of the content hash in file names: enough to tell a site's pictures apart. */
    private static final int HASH_DIGITS = 12;

    private static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".gif", ".webp");

    /** A catalog for builds without a content folder: no local pictures. */
    public static final ImageCatalog EMPTY = new ImageCatalog(Path.of("."), Map.of(), Map.of(), Long.MAX_VALUE);

    /** One source picture: where it is, what it is, the copies to make and its first use in a body (for errors). */
    record Source(
            String path,
            String hash,
            ImageHeader.Info info,
            List<Picture.Size> sizes,
            List<String> files,
            String written,
            String usedIn,
            int line,
            int column) {}

    /** The catalog and what loading it found wrong. */
    public record Loaded(ImageCatalog catalog, List<Problem> problems) {}

    /** A picture that could not be decoded while its copies were made: the problem, at its first use. */
    public static final class CopyFailure extends RuntimeException {
        private final transient Problem problem;

        CopyFailure(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** How often each picture (by hash) was decoded in this JVM: a warm build decodes none (see the tests). */
    private static final Map<String, Integer> DECODED = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many times the picture of content hash {@code hash} ({@link Hashes#of(byte[])}) has been decoded. */
    public static int timesDecoded(String hash) {
        return DECODED.getOrDefault(hash, 0);
    }

    private final Path content;
    private final Map<String, Map<String, Picture>> pictures;
    private final Map<String, Source> sources;
    private final long maxPixels;

    private ImageCatalog(
            Path content, Map<String, Map<String, Picture>> pictures, Map<String, Source> sources, long maxPixels) {
        this.content = content;
        this.pictures = pictures;
        this.sources = sources;
        this.maxPixels = maxPixels;
    }

    @Override
    public Optional<Picture> picture(String bodyFile, String destination) {
        return Optional.ofNullable(pictures.getOrDefault(bodyFile, Map.of()).get(destination));
    }

    /** The pictures a body shows, by content: part of its page's inputs, so the page is made again when one changes. */
    public String fingerprint(String bodyFile) {
        Map<String, Picture> shown = pictures.get(bodyFile);
        if (shown == null) return "";
        StringBuilder out = new StringBuilder();
        new TreeMap<>(shown)
                .forEach((d, p) -> out.append('|').append(d).append('=').append(p.src()));
        return out.toString();
    }

    /** Every picture the site publishes, by content. */
    public String fingerprint() {
        return Hashes.of(String.join(",", new TreeMap<>(sources).keySet()) + "|" + Resizer.VERSION);
    }

    /** How many distinct pictures bodies show. */
    public int size() {
        return sources.size();
    }

    /**
     * The copies of every picture, each made only when its inputs (the picture's hash, the size and
     * the resizer's version) differ from the previous site's file. A picture is decoded once for
     * all its copies; one that cannot be decoded throws {@link CopyFailure} from the copy's content.
     */
    public List<OutputFile> files() {
        List<OutputFile> out = new ArrayList<>();
        for (Source s : sources.values()) {
            Copies copies = new Copies(s);
            for (int i = 0; i < s.sizes().size(); i++) {
                Picture.Size size = s.sizes().get(i);
                int index = i;
                String inputs = "image|" + s.hash() + "|" + size.width() + "x" + size.height() + "|" + Resizer.VERSION;
                out.add(new OutputFile(s.files().get(i), inputs, () -> copies.get(index)));
            }
        }
        return out;
    }

    /** The copies of one picture, made together the first time one is asked for. */
    private final class Copies {
        private final Source source;
        private List<byte[]> made;

        Copies(Source source) {
            this.source = source;
        }

        synchronized byte[] get(int index) {
            if (made == null) made = make();
            return made.get(index);
        }

        private List<byte[]> make() {
            try {
                byte[] bytes = read(content.resolve(source.path()), Integer.MAX_VALUE - 16);
                if (!Hashes.of(bytes).equals(source.hash())) {
                    throw new ImageFault("changed while the site was built", "build again");
                }
                DECODED.merge(source.hash(), 1, Integer::sum);
                BufferedImage image = ImageHeader.decode(bytes, maxPixels);
                List<byte[]> out = new ArrayList<>();
                for (Picture.Size size : source.sizes())
                    out.add(Resizer.copy(
                            image, size.width(), size.height(), source.info().output()));
                return out;
            } catch (ImageFault e) {
                throw failure(e.getMessage(), e.hint());
            } catch (IOException | RuntimeException e) {
                throw failure(
                        "cannot be read: the file is damaged (" + e.getMessage() + ")",
                        "open it in an image editor and save it again as JPEG or PNG");
            }
        }

        private CopyFailure failure(String message, String hint) {
            return new CopyFailure(Problem.error(
                    source.usedIn(),
                    source.line(),
                    source.column(),
                    "bad-image",
                    "image '" + source.written() + "' " + message,
                    hint));
        }
    }

    /**
     * A Markdown body that may show pictures.
     *
     * @param path its file relative to the content folder
     * @param links its links and images that are not web addresses
     * @param bodyLine the file line the body starts on, or 0 where it is not known (profiles and
     *     general pages: their problems then name the file alone)
     */
    public record Body(String path, List<BodyLink> links, int bodyLine) {
        /** An entry's body, with the links worked out when it was loaded. */
        public static Body of(Entry e) {
            return new Body(e.path(), BodyLinks.of(e), e.bodyLine());
        }

        /** A profile's or a general page's body. */
        public static Body of(String path, String markdown) {
            return new Body(path, BodyLinks.of(markdown), 0);
        }
    }

    /**
     * Checks and catalogues the local pictures of {@code bodies}.
     *
     * @param contentRoot the content folder
     * @param display how the content folder is named in messages
     */
    public static Loaded load(List<Body> bodies, Path contentRoot, String display, YamlLimits limits, UrlScheme urls) {
        return new Loader(contentRoot, display, limits, urls).load(bodies);
    }

    private static final class Loader {
        private final Path content;
        private final String display;
        private final YamlLimits limits;
        private final UrlScheme urls;
        private final List<Problem> problems = new ArrayList<>();
        /** Each file read once, however many bodies show it: what it is, or why it cannot be shown. */
        private final Map<String, Object> read = new HashMap<>();

        private final Map<String, Map<String, Picture>> pictures = new HashMap<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();

        Loader(Path content, String display, YamlLimits limits, UrlScheme urls) {
            this.content = content;
            this.display = display;
            this.limits = limits;
            this.urls = urls;
        }

        Loaded load(List<Body> bodies) {
            for (Body b : bodies) {
                String file = ContentFinder.display(display, b.path());
                for (BodyLink link : b.links()) {
                    if (!link.image()) continue;
                    boolean known = b.bodyLine() > 0;
                    image(b.path(), file, known ? b.bodyLine() + link.line() - 1 : 0, known ? link.column() : 0, link);
                }
            }
            return new Loaded(
                    new ImageCatalog(content, Map.copyOf(pictures), Map.copyOf(sources), limits.maxImagePixels()),
                    List.copyOf(problems));
        }

        private void image(String bodyFile, String file, int line, int column, BodyLink link) {
            String written = link.destination();
            ImagePath.Resolved resolved = ImagePath.resolve(written, bodyFile);
            if (resolved instanceof ImagePath.Resolved.NotLocal) return;
            if (resolved instanceof ImagePath.Resolved.Refused r) {
                problems.add(Problem.error(file, line, column, "bad-image", r.message(), r.hint()));
                return;
            }
            String path = ((ImagePath.Resolved.Local) resolved).path();
            if (link.text().isBlank()) {
                problems.add(Problem.error(
                        file,
                        line,
                        column,
                        "image-alt",
                        "image '" + written + "' has no alt text",
                        "describe what the picture shows for readers who cannot see it: ![The ministers at the"
                                + " signing](" + written + " \"Photo: name, licence\")"));
            }
            if (link.title().isBlank()) {
                problems.add(Problem.warning(
                        file,
                        line,
                        column,
                        "image-credit",
                        "image '" + written + "' has no credit line",
                        "add its credit as the title, shown under the picture: ![alt](" + written
                                + " \"Photo: name / agency, licence\")"));
            }
            Object what = read.computeIfAbsent(path, this::inspect);
            if (what instanceof ImageFault fault) {
                problems.add(Problem.error(
                        file,
                        line,
                        column,
                        "bad-image",
                        "image '" + written + "' " + fault.getMessage(),
                        fault.hint()));
                return;
            }
            Source source = (Source) what;
            Source first = sources.computeIfAbsent(
                    source.hash(),
                    h -> new Source(
                            source.path(),
                            source.hash(),
                            source.info(),
                            source.sizes(),
                            source.files(),
                            written,
                            file,
                            line,
                            column));
            pictures.computeIfAbsent(bodyFile, k -> new HashMap<>()).put(written, picture(first));
        }

        /** A {@link Source} (without its first use yet), or the {@link ImageFault} that keeps it out. */
        private Object inspect(String path) {
            try {
                String lower = path.toLowerCase(Locale.ROOT);
                if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
                    throw new ImageFault(
                            "is not a picture file bodies show (.jpg, .jpeg, .png, .gif or .webp)",
                            "save it as JPEG (photographs) or PNG (drawings, maps)");
                }
                Path file = content.resolve(path);
                refuseLinks(path);
                byte[] bytes = read(file, limits.maxImageBytes());
                ImageHeader.Info info = ImageHeader.read(bytes, limits.maxImagePixels());
                String hash = Hashes.of(bytes);
                List<Picture.Size> sizes = new ArrayList<>();
                List<String> files = new ArrayList<>();
                String stem = stem(path);
                for (int[] s : Resizer.sizes(info.width(), info.height())) {
                    String name = ImagePath.FOLDER + "/" + stem + "-" + hash.substring(0, HASH_DIGITS) + "-" + s[0]
                            + "." + info.output();
                    files.add(name);
                    sizes.add(new Picture.Size(urls.basePath() + name, s[0], s[1]));
                }
                return new Source(path, hash, info, List.copyOf(sizes), List.copyOf(files), "", "", 0, 0);
            } catch (ImageFault f) {
                return f;
            } catch (NoSuchFileException e) {
                return missing(path);
            } catch (NoFollow.TooLargeException e) {
                return new ImageFault(
                        "is larger than the limit of " + limits.maxImageBytes() + " bytes",
                        "save it smaller (the site publishes at most 1600 pixels wide) or raise"
                                + " limits.max_image_bytes in site.yaml");
            } catch (NoFollow.LinkFoundException e) {
                return new ImageFault(
                        "is reached through a symbolic link (" + display + "/" + content.relativize(e.link()) + ")",
                        "pictures are read only from files inside the content folder: copy the file there");
            } catch (IOException e) {
                return new ImageFault("cannot be read: " + e.getMessage(), "");
            }
        }

        /** No folder on the way and not the file itself may be a link: it could lead out of the content folder. */
        private void refuseLinks(String path) throws IOException {
            Path p = content;
            for (String part : path.split("/")) {
                p = p.resolve(part);
                NoFollow.refuseLink(p, "");
            }
        }

        private ImageFault missing(String path) {
            Path file = content.resolve(path);
            Path folder = file.getParent();
            List<String> near = new ArrayList<>();
            if (folder != null && Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> EXTENSIONS.stream().anyMatch(n.toLowerCase(Locale.ROOT)::endsWith))
                            .forEach(near::add);
                } catch (IOException e) {
                    // no suggestion
                }
            }
            String hint = DidYouMean.hint(file.getFileName().toString(), near);
            return new ImageFault(
                    "names no file: " + display + "/" + path + " does not exist",
                    hint.isEmpty()
                            ? "put the picture beside the entry, or in " + display + "/images/ and write /images/NAME"
                            : hint);
        }

        private Picture picture(Source s) {
            List<Picture.Size> sizes = s.sizes();
            Picture.Size src = sizes.get(0);
            for (Picture.Size size : sizes) if (size.width() <= 960) src = size;
            Picture.Size largest = sizes.get(sizes.size() - 1);
            return new Picture(src.url(), largest.width(), largest.height(), sizes);
        }
    }

    /** A file name part from the picture's name: "Signing Ceremony.JPG" to "signing-ceremony". */
    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? "image" : s;
    }

    private static byte[] read(Path file, long limit) throws IOException {
        Optional<BasicFileAttributes> a = NoFollow.lstat(file);
        if (a.isEmpty()) throw new NoSuchFileException(file.toString());
        return NoFollow.readAll(file, limit);
    }
}
