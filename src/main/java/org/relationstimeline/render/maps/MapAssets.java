package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.SiteModel;

/**
 * The shared map assets, one per level of detail ({@code assets/maps/world.svg},
 * {@code region.svg}): drawn once per run of the generator, cached by browsers, and pointed into
 * by every page with a map, so no page carries the world itself.
 */
public final class MapAssets implements ExtraOutput {
    @Override
    public List<OutputFile> files(SiteModel site) {
        if (!site.config().maps()) return List.of();
        World world = World.loadDefault();
        List<OutputFile> out = new ArrayList<>();
        for (Detail d : Detail.values())
            out.add(OutputFile.bytes(d.file, world.outlines(d).svg()));
        return out;
    }
}
