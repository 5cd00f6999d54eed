package org.relationstimeline.files;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * A small state file of the generator's own, sealed with this machine's key ({@link Seal}): a
 * format number, the fields, then the seal. A pull request can commit a file of that name, but not
 * one that verifies here; one that is missing, too large, a link, of another format, damaged or
 * unsealed reads as nothing.
 */
public final class SealedFile {
    private SealedFile() {}

    /** Writes the fields of a sealed file. */
    @FunctionalInterface
    public interface Fields {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /** Reads the fields of a sealed file back; the seal is checked after them. */
    @FunctionalInterface
    public interface Reader<T> {
        T readFrom(DataInputStream in) throws IOException;
    }

    /** Replaces {@code file} in one step ({@link NoFollow#replace}) with the format number, the fields and the seal. */
    public static void write(Path file, int format, Fields fields) throws IOException {
        NoFollow.replace(file, stream -> {
            Seal.SealingOutput sealed = new Seal.SealingOutput(stream);
            DataOutputStream out = new DataOutputStream(sealed);
            out.writeInt(format);
            fields.writeTo(out);
            out.flush();
            sealed.writeSeal();
        });
    }

    /**
     * What {@code file} holds, when it is a plain file of at most {@code maxBytes} in this format
     * under this machine's seal. The seal is checked over the whole file before a field is parsed,
     * so a planted file never gets to ask for memory with the counts it declares.
     */
    public static <T> Optional<T> read(Path file, int format, long maxBytes, Reader<T> reader) {
        try {
            Optional<BasicFileAttributes> a = NoFollow.lstat(file);
            if (a.isEmpty() || !a.get().isRegularFile() || a.get().size() > maxBytes) return Optional.empty();
            byte[] bytes = NoFollow.readAll(file, maxBytes);
            int body = bytes.length - Seal.LENGTH;
            if (body < Integer.BYTES) return Optional.empty();
            Mac mac = Seal.mac();
            mac.update(bytes, 0, body);
            if (!MessageDigest.isEqual(mac.doFinal(), Arrays.copyOfRange(bytes, body, bytes.length)))
                return Optional.empty();
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body));
            if (in.readInt() != format) return Optional.empty();
            T value = reader.readFrom(in);
            return in.available() == 0 ? Optional.of(value) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
