package org.relationstimeline.build;

import java.util.List;
import org.relationstimeline.site.ExtraOutput;

/** The non-page outputs every build writes, in a fixed order. */
final class ExtraOutputs {
    private ExtraOutputs() {}

    static List<ExtraOutput> all() {
        return List.of();
    }
}
