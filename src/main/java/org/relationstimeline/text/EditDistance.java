package org.relationstimeline.text;

/**
 * The edit distance used wherever text is compared for likeness ("did you mean", near-duplicate
 * titles): optimal string alignment, i.e. insertions, deletions, substitutions and swaps of two
 * adjacent characters each count as one edit, since a swap is the commonest typo.
 */
public final class EditDistance {
    private EditDistance() {}

    /**
     * The distance between {@code a} and {@code b} when it is at most {@code bound}, else
     * {@code bound + 1}. Only the diagonal band of width {@code 2 * bound + 1} is filled (a cell
     * further from the diagonal is already more than {@code bound} edits away), and a row whose
     * cells all exceed the bound ends the computation: O(length × bound) time, three rows of memory.
     */
    public static int within(String a, String b, int bound) {
        if (bound < 0) throw new IllegalArgumentException("bound must not be negative");
        int n = a.length();
        int m = b.length();
        int over = bound + 1;
        if (Math.abs(n - m) > bound) return over;
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = Math.min(j, over);
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - bound);
            int to = Math.min(m, i + bound);
            current[0] = Math.min(i, over);
            // The cells just outside the band are read by the next row: they count as too far.
            if (from > 1) current[from - 1] = over;
            int rowMin = from == 1 ? current[0] : over;
            char ai = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char bj = b.charAt(j - 1);
                int v = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj)
                    v = Math.min(v, twoBack[j - 2] + 1);
                current[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < m) current[to + 1] = over;
            // No later cell is cheaper than this row's cheapest (a swap reaches back two rows, but
            // the cell it starts from is at most one edit cheaper than its diagonal neighbour here).
            if (rowMin > bound) return over;
            int[] t = twoBack;
            twoBack = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], over);
    }
}
