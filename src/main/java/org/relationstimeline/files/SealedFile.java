package org.relationstimeline.files;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

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

    /** What {@code file} holds, when it is a plain file of at most {@code maxBytes} in this format under this machine's seal. */
    public static <T> Optional<T> read(Path file, int format, long maxBytes, Reader<T> reader) {
        try {
            Optional<BasicFileAttributes> a = NoFollow.lstat(file);
            if (a.isEmpty() || !a.get().isRegularFile() || a.get().size() > maxBytes) return Optional.empty();
            Seal.CheckingInput sealed;
            try (DataInputStream in = new DataInputStream(
                    sealed = new Seal.CheckingInput(new BufferedInputStream(NoFollow.openRegular(file), 1 << 16)))) {
                if (in.readInt() != format) return Optional.empty();
                T value = reader.readFrom(in);
                return sealed.sealVerifies() ? Optional.of(value) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
