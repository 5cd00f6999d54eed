package org.relationstimeline.site.search;

import java.util.Arrays;
import java.util.Base64;

/**
 * The text form of a sorted list of entry ids, whichever of two forms is shorter:
 * {@code d} then the ids as base-36 gaps separated by commas ({@code d0,3,1a}: ids 0, 3, 49), or
 * {@code b} then the first id in base 36, a colon and a bitset in unpadded base64url, lowest bit
 * first ({@code b0:Cw}: ids 0, 1, 3). A dense list is a bitset, so no list is longer than about
 * one character per six entries of the corpus, however common its word.
 */
public final class Postings {
    private Postings() {}

    public static String encode(int[] ids) {
        if (ids.length == 0) return "d";
        String gaps = gaps(ids);
        int span = ids[ids.length - 1] - ids[0] + 1;
        // A bitset costs 4/3 of span/8 characters; compare before building it.
        if (gaps.length() <= (span + 5) / 6 + 8) return gaps;
        String bits = bits(ids);
        return bits.length() < gaps.length() ? bits : gaps;
    }

    public static int[] decode(String text) {
        if (text.startsWith("d")) {
            if (text.length() == 1) return new int[0];
            String[] parts = text.substring(1).split(",");
            int[] ids = new int[parts.length];
            int id = 0;
            for (int i = 0; i < parts.length; i++) {
                id += Integer.parseInt(parts[i], 36);
                ids[i] = id;
            }
            return ids;
        }
        if (!text.startsWith("b")) throw new IllegalArgumentException("not a posting list: " + text);
        int colon = text.indexOf(':');
        int start = Integer.parseInt(text.substring(1, colon), 36);
        byte[] bytes = Base64.getUrlDecoder().decode(text.substring(colon + 1));
        int[] ids = new int[bytes.length * 8];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) if ((bytes[i] >> bit & 1) != 0) ids[n++] = start + i * 8 + bit;
        }
        return Arrays.copyOf(ids, n);
    }

    private static String gaps(int[] ids) {
        StringBuilder s = new StringBuilder(ids.length * 3 + 1).append('d');
        int previous = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) s.append(',');
            s.append(Integer.toString(ids[i] - previous, 36));
            previous = ids[i];
        }
        return s.toString();
    }

    private static String bits(int[] ids) {
        int start = ids[0];
        byte[] bytes = new byte[(ids[ids.length - 1] - start) / 8 + 1];
        for (int id : ids) bytes[(id - start) / 8] |= (byte) (1 << ((id - start) % 8));
        return "b" + Integer.toString(start, 36) + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
