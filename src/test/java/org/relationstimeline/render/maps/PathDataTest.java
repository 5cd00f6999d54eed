package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathDataTest {
    @Test
    void aRingIsWrittenInWholeUnitsRelativeToThePositionBefore() {
        String d = new PathData()
                .ring(new double[] {10.2, 20.4, 15, 20, 15, 26, 10.2, 20.4})
                .toString();
        assertThat(d).isEqualTo("M10 20l5 0 0 6z");
    }

    @Test
    void aLaterRingMovesRelativeToTheStartOfTheOneBefore() {
        String d = new PathData()
                .ring(new double[] {0, 0, 4, 0, 4, 4})
                .ring(new double[] {10, 10, 14, 10, 14, 14})
                .toString();
        assertThat(d).isEqualTo("M0 0l4 0 0 4zm10 10l4 0 0 4z");
    }

    @Test
    void negativeNumbersNeedNoSeparator() {
        assertThat(new PathData().line(new double[] {0, 0, -3, -4, 1, -4}).toString())
                .isEqualTo("M0 0l-3-4 4 0");
    }

    @Test
    void aRingThatRoundsToFewerThanThreePositionsIsLeftOut() {
        PathData d = new PathData().ring(new double[] {0.1, 0.1, 0.2, 0.3, 0.4, 0.1});
        assertThat(d.isEmpty()).isTrue();
    }
}
