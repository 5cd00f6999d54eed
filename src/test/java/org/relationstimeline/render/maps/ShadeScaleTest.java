package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShadeScaleTest {
    @Test
    void longTailedCountsGetGeometricRangesThatEachHoldSomeone() {
        List<Integer> counts = List.of(1, 1, 1, 1, 2, 3, 4, 7, 12, 30, 80, 200);
        ShadeScale scale = ShadeScale.of(counts);
        assertThat(scale.shades())
                .extracting(ShadeScale.Shade::label)
                .containsExactly("1\u20133 events", "4\u201329 events", "30\u201379 events", "80\u2013200 events");
        for (ShadeScale.Shade shade : scale.shades()) {
            assertThat(counts).anyMatch(c -> scale.of(c) == shade);
        }
    }

    @Test
    void everyCountFallsInTheShadeWhoseRangeHoldsIt() {
        ShadeScale scale = ShadeScale.of(List.of(1, 5, 9, 40));
        for (int c : List.of(1, 5, 9, 40)) {
            ShadeScale.Shade s = scale.of(c);
            assertThat(c).isBetween(s.from(), s.to());
        }
    }

    @Test
    void equalCountsGetOneShadeTheDarkest() {
        ShadeScale scale = ShadeScale.of(List.of(3, 3, 3));
        assertThat(scale.shades()).hasSize(1);
        assertThat(scale.shades().get(0).step()).isEqualTo(ShadeScale.STEPS);
        assertThat(scale.shades().get(0).label()).isEqualTo("3 events");
    }
}
