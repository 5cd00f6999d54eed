package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimplifierTest {
    @Test
    void positionsCloserThanTheToleranceToTheLineGo() {
        double[] line = {0, 0, 5, 0.4, 10, -0.3, 15, 0.2, 20, 0};
        assertThat(Simplifier.simplify(line, 1)).containsExactly(0, 0, 20, 0);
    }

    @Test
    void aPositionFartherThanTheToleranceStays() {
        double[] line = {0, 0, 5, 3.2, 10, 6, 15, 2.9, 20, 0};
        assertThat(Simplifier.simplify(line, 1)).containsExactly(0, 0, 10, 6, 20, 0);
    }

    @Test
    void theEndsAlwaysStaySoNeighboursStillMeet() {
        double[] line = {3, 4, 3.1, 4.1, 3.2, 4};
        double[] simplified = Simplifier.simplify(line, 100);
        assertThat(simplified).containsExactly(3, 4, 3.2, 4);
    }

    @Test
    void aClosedArcKeepsItsFarthestPositions() {
        // An island drawn as one arc from a corner back to it: measured from the corner itself.
        double[] island = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        assertThat(Simplifier.simplify(island, 1).length / 2).isGreaterThanOrEqualTo(4);
    }
}
