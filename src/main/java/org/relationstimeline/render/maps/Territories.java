package org.relationstimeline.render.maps;

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
import java.util.Optional;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;

/**
 * Finds each party's {@link Territory}: a country by its own outline, a former state as its
 * successors' territories ({@code territories.tsv}), an organisation as the members site.yaml
 * lists for it.
 */
final class Territories {
    static final String RESOURCE = "territories.tsv";

    /** A former state's successors, as territories.tsv gives them. */
    record Succession(List<String> successors, boolean part) {}

    private final ShapeIndex shapes;
    private final CountryRegistry registry;
    private final SiteConfig config;
    private final Map<String, Succession> successions;

    Territories(World world, CountryRegistry registry, SiteConfig config) {
        this(new ShapeIndex(world), registry, config, loadSuccessions());
    }

    Territories(ShapeIndex shapes, CountryRegistry registry, SiteConfig config, Map<String, Succession> successions) {
        this.shapes = shapes;
        this.registry = registry;
        this.config = config;
        this.successions = successions;
    }

    Territory of(Party party) {
        return switch (party.kind()) {
            case COUNTRY ->
                shapes.of(party)
                        .map(s -> new Territory(party, List.of(s), Territory.Basis.OWN, List.of()))
                        .orElseGet(() -> new Territory(party, List.of(), Territory.Basis.NO_OUTLINE, List.of()));
            case HISTORICAL -> {
                Succession s = successions.get(party.code());
                if (s == null) yield new Territory(party, List.of(), Territory.Basis.NO_OUTLINE, List.of());
                yield through(
                        party,
                        s.successors(),
                        s.part() ? Territory.Basis.PART_OF_SUCCESSOR : Territory.Basis.SUCCESSORS);
            }
            case ORGANIZATION -> {
                List<String> members = config.membersOf(party);
                yield members.isEmpty()
                        ? new Territory(party, List.of(), Territory.Basis.NO_MEMBERS, List.of())
                        : through(party, members, Territory.Basis.MEMBERS);
            }
        };
    }

    /** Drawn as the outlines of other parties; codes the registry or the data does not know are left out. */
    private Territory through(Party party, List<String> codes, Territory.Basis basis) {
        List<Party> parties = new ArrayList<>();
        List<Shape> found = new ArrayList<>();
        for (String code : codes) {
            Optional<Party> p = registry.byCode(code);
            Optional<Shape> shape = p.flatMap(shapes::of);
            if (shape.isEmpty()) continue;
            parties.add(p.get());
            found.add(shape.get());
        }
        if (found.isEmpty()) return new Territory(party, List.of(), Territory.Basis.NO_OUTLINE, List.of());
        return new Territory(party, found, basis, parties);
    }

    static Map<String, Succession> loadSuccessions() {
        try (InputStream in = Territories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("bundled " + RESOURCE + " is missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Succession> out = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2)
                    throw new IllegalStateException(
                            RESOURCE + ": expected a code and its successors in '" + line + "'");
                out.put(f[0], new Succession(List.of(f[1].split(" ")), f.length > 2 && f[2].equals("part")));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
