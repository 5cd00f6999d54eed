package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewportTest {
    static final Territories TERRITORIES = MapFixture.territories();

    static Viewport framing(String a, String b) {
        return Viewport.around(TERRITORIES
                .of(MapFixture.party(a))
                .frame()
                .union(TERRITORIES.of(MapFixture.party(b)).frame()));
    }

    @Test
    void farApartPartiesAreShownOnTheWholeWorld() {
        Viewport v = framing("DZ", "RU");
        assertThat(v.isWorld()).isTrue();
        assertThat(v.detail()).isEqualTo(Detail.WORLD);
        assertThat(v.width()).isEqualTo(EqualEarth.WORLD_WIDTH);
    }

    @Test
    void neighboursAreShownCloseWithTheirSurroundingsInDetail() {
        Viewport v = framing("AM", "AZ");
        assertThat(v.isWorld()).isFalse();
        assertThat(v.detail()).isEqualTo(Detail.REGION);
        assertThat(v.width())
                .as("no closer than about 40° of longitude")
                .isGreaterThanOrEqualTo(EqualEarth.WORLD_WIDTH / 9 - 1);
        for (String code : new String[] {"AM", "AZ"}) {
            Box b = TERRITORIES.of(MapFixture.party(code)).frame();
            assertThat(b.minX()).isGreaterThan(v.x());
            assertThat(b.maxX()).isLessThan(v.x() + v.width());
            assertThat(b.minY()).isGreaterThan(v.y());
            assertThat(b.maxY()).isLessThan(v.y() + v.height());
        }
    }

    @Test
    void everyViewHasTheProportionsOfTheWorldMap() {
        for (Viewport v :
                new Viewport[] {framing("AM", "AZ"), framing("FR", "DE"), framing("CL", "AR"), Viewport.world(false)}) {
            assertThat(v.width() / v.height()).isCloseTo(Viewport.ASPECT, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void antarcticaBringsTheSouthPoleIntoTheWorldMap() {
        Viewport v = framing("AQ", "AR");
        assertThat(v.y() + v.height())
                .isGreaterThan(Viewport.world(false).y() + Viewport.world(false).height());
    }
}
