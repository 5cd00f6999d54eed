package org.relationstimeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void insertionsDeletionsSubstitutionsAndSwapsAreOneEditEach() {
        assertThat(EditDistance.within("countries", "countries", 3)).isZero();
        assertThat(EditDistance.within("countries", "countrie", 3)).isEqualTo(1);
        assertThat(EditDistance.within("countries", "countriess", 3)).isEqualTo(1);
        assertThat(EditDistance.within("countries", "countrxes", 3)).isEqualTo(1);
        assertThat(EditDistance.within("countries", "countires", 3)).isEqualTo(1);
        assertThat(EditDistance.within("", "abc", 3)).isEqualTo(3);
    }

    @Test
    void aDistanceOverTheBoundIsTheBoundPlusOne() {
        assertThat(EditDistance.within("algeria", "norway", 2)).isEqualTo(3);
        assertThat(EditDistance.within("a", "abcdef", 2)).isEqualTo(3);
        assertThat(EditDistance.within("ab", "ba", 0)).isEqualTo(1);
        assertThatThrownBy(() -> EditDistance.within("a", "b", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBandedDistanceIsExactWithinTheBound() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            String a = randomWord(random, random.nextInt(30));
            String b = random.nextBoolean() ? mutate(random, a) : randomWord(random, random.nextInt(30));
            int exact = fullDistance(a, b);
            for (int bound = 0; bound <= 12; bound++) {
                assertThat(EditDistance.within(a, b, bound))
                        .as(a + " / " + b + " within " + bound)
                        .isEqualTo(exact <= bound ? exact : bound + 1);
            }
        }
    }

    private static String randomWord(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.append((char) ('a' + random.nextInt(6)));
        return s.toString();
    }

    /** Up to five insertions, deletions, substitutions or swaps of neighbours. */
    private static String mutate(Random random, String s) {
        StringBuilder b = new StringBuilder(s);
        for (int k = random.nextInt(6); k > 0; k--) {
            int op = random.nextInt(4);
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            if (op == 0 || b.length() == 0) {
                b.insert(at, (char) ('a' + random.nextInt(6)));
            } else if (op == 1) {
                b.deleteCharAt(at);
            } else if (op == 2 || at + 1 == b.length()) {
                b.setCharAt(at, (char) ('a' + random.nextInt(6)));
            } else {
                char c = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, c);
            }
        }
        return b.toString();
    }

    /** The whole optimal-string-alignment table, as the textbook writes it: the reference. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
