package org.relationstimeline.countries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which former states continue in which current ones (Soviet Union → Russia), so a reader on one
 * timeline finds the same relationship before or after the change of state.
 */
public final class Successions {
    private static final String RESOURCE = "successions.tsv";
    private static volatile Successions defaults;

    private final Map<String, List<String>> related;
    private final Map<String, List<String>> predecessors;

    private Successions(Map<String, List<String>> related, Map<String, List<String>> predecessors) {
        this.related = related;
        this.predecessors = predecessors;
    }

    /** The successions shipped with the generator. */
    public static Successions loadDefault() {
        Successions s = defaults;
        if (s == null) {
            try (InputStream in = Successions.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                s = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = s;
        }
        return s;
    }

    static Successions parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> related = new HashMap<>();
        Map<String, List<String>> predecessors = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] codes = line.strip().split("\t");
            if (codes.length != 2) throw new IllegalStateException(RESOURCE + ": expected two codes in '" + line + "'");
            related.computeIfAbsent(codes[0], k -> new ArrayList<>()).add(codes[1]);
            related.computeIfAbsent(codes[1], k -> new ArrayList<>()).add(codes[0]);
            predecessors.computeIfAbsent(codes[1], k -> new ArrayList<>()).add(codes[0]);
        }
        related.replaceAll((k, v) -> List.copyOf(v));
        predecessors.replaceAll((k, v) -> List.copyOf(v));
        return new Successions(Map.copyOf(related), Map.copyOf(predecessors));
    }

    /** Codes of the states this party succeeded or was succeeded by, in file order. */
    public List<String> relativesOf(Party party) {
        return related.getOrDefault(party.code(), List.of());
    }

    /** True when the state of {@code code} came before {@code party} (the Soviet Union before Russia). */
    public boolean isPredecessor(String code, Party party) {
        return predecessors.getOrDefault(party.code(), List.of()).contains(code);
    }
}
