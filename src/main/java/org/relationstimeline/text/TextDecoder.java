package org.relationstimeline.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is, instead of inserting U+FFFD. */
public final class TextDecoder {
    private TextDecoder() {}

    /** Thrown for bytes that are not UTF-8; carries the offset of the first bad byte. */
    public static final class MalformedTextException extends Exception {
        private final long byteOffset;

        MalformedTextException(long byteOffset) {
            super("invalid UTF-8 at byte offset " + byteOffset);
            this.byteOffset = byteOffset;
        }

        public long byteOffset() {
            return byteOffset;
        }
    }

    /** Decodes UTF-8, drops a leading byte-order mark and turns CRLF and lone CR into LF. */
    public static String decode(byte[] bytes) throws MalformedTextException {
        // The JDK's own decoding is much faster; the strict decoder runs only to locate a bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) text = decodeStrictly(bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decodeStrictly(byte[] bytes) throws MalformedTextException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw new MalformedTextException(in.position());
        result = decoder.flush(out);
        if (result.isError()) throw new MalformedTextException(in.position());
        out.flip();
        return out.toString();
    }
}
