package org.relationstimeline.files;

import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the generator's binary state files (the entry cache, the last build's stamp):
 * strings as a length and UTF-8, and counts and lengths refused past what an honest file could
 * hold, so a damaged or planted file fails fast instead of asking for a heap's worth.
 */
public final class BinaryFields {
    private static final int MAX_COUNT = 10_000_000;
    private static final int MAX_LENGTH = 64 << 20;

    private BinaryFields() {}

    public static void writeString(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** A list of strings: its count, then each string. */
    public static void writeStrings(DataOutput out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) writeString(out, s);
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int n = readCount(in);
        List<String> strings = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) strings.add(readString(in));
        return List.copyOf(strings);
    }

    /** A count read from the file, refused when no honest file could hold it (a corrupt file). */
    public static int readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) throw new IOException("corrupt file");
        return n;
    }

    public static byte[] readBytes(DataInputStream in) throws IOException {
        int n = readLength(in);
        byte[] bytes = in.readNBytes(n); // grows as bytes arrive: a truncated file asks for no more than it has
        if (bytes.length != n) throw new IOException("corrupt file");
        return bytes;
    }

    /** A length read from the file, refused when no honest file could hold it (a corrupt file). */
    public static int readLength(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) throw new IOException("corrupt file");
        return n;
    }
}
