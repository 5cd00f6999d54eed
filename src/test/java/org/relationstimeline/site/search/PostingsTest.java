package org.relationstimeline.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostingsTest {
    @Test
    void sparseListsAreWrittenAsBase36Gaps() {
        assertThat(Postings.encode(new int[] {0, 3, 52})).isEqualTo("d0,3,1d");
        assertThat(Postings.decode("d0,3,1d")).containsExactly(0, 3, 52);
    }

    @Test
    void denseListsAreWrittenAsBitsets() {
        int[] ids = IntStream.range(100, 1100).filter(i -> i % 3 != 0).toArray();
        String text = Postings.encode(ids);
        assertThat(text).startsWith("b2s:");
        assertThat(Postings.decode(text)).containsExactly(ids);
    }

    @Test
    void noListIsLongerThanABitsetOfTheWholeCorpus() {
        int n = 50_000;
        int[] all = IntStream.range(0, n).toArray();
        assertThat(Postings.encode(all).length()).isLessThanOrEqualTo(n / 6 + 16);
        int[] everyOther = IntStream.range(0, n).filter(i -> i % 2 == 0).toArray();
        assertThat(Postings.encode(everyOther).length()).isLessThanOrEqualTo(n / 6 + 16);
    }

    @Test
    void randomListsSurviveTheRoundTrip() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            double density = random.nextDouble();
            int[] ids = IntStream.range(0, 1 + random.nextInt(3000))
                    .filter(i -> random.nextDouble() < density)
                    .toArray();
            assertThat(Postings.decode(Postings.encode(ids))).containsExactly(ids);
        }
    }

    @Test
    void anEmptyListIsJustItsMark() {
        assertThat(Postings.encode(new int[0])).isEqualTo("d");
        assertThat(Postings.decode("d")).isEmpty();
    }
}
