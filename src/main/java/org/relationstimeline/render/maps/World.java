package org.relationstimeline.render.maps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The country outlines the generator ships ({@code world.txt}, made by {@code scripts/map-data}),
 * projected with Equal Earth, with the shared assets of each level of detail drawn from them.
 * Immutable; the bundled data is read once per JVM.
 */
final class World {
    static final String RESOURCE = "world.txt";

    /** Where the data comes from, as its header records. */
    record Source(String name, String version, String file, String licence, String data) {}

    private final Source source;
    private final List<double[]> arcs;
    private final Map<String, Shape> shapes;
    /** Arcs two territories share: the borders drawn between them, where coasts are not. */
    private final boolean[] borders;

    private final Map<Detail, Outlines> outlines = new EnumMap<>(Detail.class);

    private World(Source source, List<double[]> arcs, Map<String, Shape> shapes) {
        this.source = source;
        this.arcs = arcs;
        this.shapes = shapes;
        this.borders = borderArcs(arcs.size(), shapes.values());
        for (Detail d : Detail.values()) outlines.put(d, Outlines.of(this, d));
    }

    private static final class DefaultHolder {
        static final World INSTANCE = load();

        private static World load() {
            InputStream in = World.class.getResourceAsStream(RESOURCE);
            if (in == null) throw new IllegalStateException("bundled " + RESOURCE + " is missing from the classpath");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(reader, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
            }
        }
    }

    /** The outlines bundled with the generator. */
    static World loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    Source source() {
        return source;
    }

    /** Every territory by alpha-3, in the data's order. */
    Map<String, Shape> shapes() {
        return shapes;
    }

    List<double[]> arcs() {
        return arcs;
    }

    boolean isBorder(int arc) {
        return borders[arc];
    }

    Outlines outlines(Detail detail) {
        return outlines.get(detail);
    }

    /**
     * Reads the resource format of {@code scripts/map-data/README.md}.
     *
     * @throws IllegalStateException naming the line of anything malformed
     */
    static World parse(Reader text, String name) throws IOException {
        BufferedReader in = text instanceof BufferedReader b ? b : new BufferedReader(text);
        Lines lines = new Lines(in, name);
        Map<String, String> header = new LinkedHashMap<>();
        String[] f;
        while (!(f = lines.next())[0].equals("arcs"))
            header.put(f[0], f.length > 1 ? String.join("\t", List.of(f).subList(1, f.length)) : "");
        for (String key : List.of("source", "licence", "data", "transform")) {
            if (!header.containsKey(key)) throw lines.error("no '" + key + "' line before the arcs");
        }
        String[] s = header.get("source").split("\t");
        Source source = new Source(
                s[0], s.length > 1 ? s[1] : "", s.length > 2 ? s[2] : "", header.get("licence"), header.get("data"));
        double[] t = numbers(header.get("transform").split("\t"), lines);
        List<double[]> arcs = new ArrayList<>();
        for (int i = 0, n = lines.count(f); i < n; i++) arcs.add(arc(lines.nextRaw(), t, lines));
        Map<String, Shape> shapes = new LinkedHashMap<>();
        f = lines.next();
        if (!f[0].equals("shapes")) throw lines.error("expected 'shapes'");
        for (int i = 0, n = lines.count(f); i < n; i++) {
            String[] row = lines.next();
            if (row.length != 4) throw lines.error("a shape has alpha-3, numeric, name and polygons");
            add(shapes, Shape.outline(row[0], row[1], row[2], polygons(row[3], arcs.size(), lines), arcs), lines);
        }
        f = lines.next();
        if (!f[0].equals("points")) throw lines.error("expected 'points'");
        for (int i = 0, n = lines.count(f); i < n; i++) {
            String[] row = lines.next();
            if (row.length != 5) throw lines.error("a point has alpha-3, numeric, name, longitude and latitude");
            double[] at = numbers(new String[] {row[3], row[4]}, lines);
            add(shapes, Shape.point(row[0], row[1], row[2], EqualEarth.project(at[0], at[1])), lines);
        }
        return new World(source, Collections.unmodifiableList(arcs), Collections.unmodifiableMap(shapes));
    }

    private static void add(Map<String, Shape> shapes, Shape shape, Lines lines) {
        if (shapes.putIfAbsent(shape.a3(), shape) != null)
            throw lines.error("alpha-3 " + shape.a3() + " appears twice");
    }

    /**
     * An arc's quantised, delta-encoded positions, projected. Read digit by digit: this is most of
     * the file, and it is read on every cold start of the generator.
     */
    private static double[] arc(String line, double[] t, Lines lines) {
        Numbers numbers = new Numbers(line, lines);
        double[] xy = new double[16];
        int n = 0;
        long qx = 0;
        long qy = 0;
        while (numbers.more()) {
            qx += numbers.next();
            if (!numbers.more()) throw lines.error("an arc needs x y pairs");
            qy += numbers.next();
            if (n + 2 > xy.length) xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            Point p = EqualEarth.project(qx * t[0] + t[2], qy * t[1] + t[3]);
            xy[n++] = p.x();
            xy[n++] = p.y();
        }
        if (n < 4) throw lines.error("an arc needs two or more x y pairs");
        return java.util.Arrays.copyOf(xy, n);
    }

    /** Whole numbers separated by single spaces, read off a line. */
    private static final class Numbers {
        private final String s;
        private final Lines lines;
        private int at;

        Numbers(String s, Lines lines) {
            this.s = s;
            this.lines = lines;
        }

        boolean more() {
            return at < s.length();
        }

        long next() {
            boolean negative = s.charAt(at) == '-';
            int start = negative ? at + 1 : at;
            int j = start;
            long v = 0;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') v = v * 10 + (s.charAt(j++) - '0');
            if (j == start || (j < s.length() && s.charAt(j) != ' ')) {
                throw lines.error("column " + (at + 1) + " is not a whole number");
            }
            at = j + 1;
            return negative ? -v : v;
        }
    }

    private static List<List<int[]>> polygons(String text, int arcCount, Lines lines) {
        List<List<int[]>> polygons = new ArrayList<>();
        for (String polygon : text.split("/")) {
            List<int[]> rings = new ArrayList<>();
            for (String ring : polygon.split("\\|")) {
                String[] refs = ring.split(",");
                int[] out = new int[refs.length];
                for (int i = 0; i < refs.length; i++) {
                    try {
                        out[i] = Integer.parseInt(refs[i]);
                    } catch (NumberFormatException e) {
                        throw lines.error("'" + refs[i] + "' is not an arc reference");
                    }
                    if (Ring.index(out[i]) >= arcCount) throw lines.error("arc " + out[i] + " does not exist");
                }
                rings.add(out);
            }
            polygons.add(List.copyOf(rings));
        }
        return List.copyOf(polygons);
    }

    private static double[] numbers(String[] texts, Lines lines) {
        double[] out = new double[texts.length];
        for (int i = 0; i < texts.length; i++) {
            try {
                out[i] = Double.parseDouble(texts[i]);
            } catch (NumberFormatException e) {
                throw lines.error("'" + texts[i] + "' is not a number");
            }
        }
        return out;
    }

    private static boolean[] borderArcs(int count, Iterable<Shape> shapes) {
        List<Set<String>> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) users.add(new HashSet<>(2));
        for (Shape s : shapes) {
            for (List<int[]> polygon : s.polygons())
                for (int[] ring : polygon)
                    for (int ref : ring) users.get(Ring.index(ref)).add(s.a3());
        }
        boolean[] out = new boolean[count];
        for (int i = 0; i < count; i++) out[i] = users.get(i).size() > 1;
        return out;
    }

    /** The resource's lines, skipping comments, with errors that name the line. */
    private static final class Lines {
        private final BufferedReader in;
        private final String name;
        private int number;

        Lines(BufferedReader in, String name) {
            this.in = in;
            this.name = name;
        }

        String nextRaw() {
            try {
                String line;
                do {
                    line = in.readLine();
                    number++;
                    if (line == null) throw error("ends too early");
                } while (line.startsWith("#"));
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String[] next() {
            return nextRaw().split("\t", -1);
        }

        int count(String[] f) {
            try {
                return Integer.parseInt(f[1]);
            } catch (RuntimeException e) {
                throw error("'" + f[0] + "' needs a count");
            }
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(name + ":" + number + ": " + message);
        }
    }
}
