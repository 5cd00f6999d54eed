package org.relationstimeline.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sealed state file reads back what was written, and nothing else is ever parsed. */
class SealedFileTest {
    private static final int FORMAT = 0x54455354;

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenReadsBack() throws IOException {
        Path file = dir.resolve("r.bin");
        SealedFile.write(file, FORMAT, out -> {
            out.writeInt(42);
            BinaryFields.writeString(out, "forty-two");
        });

        assertThat(SealedFile.read(file, FORMAT, 1 << 20, in -> in.readInt() + " " + BinaryFields.readString(in)))
                .contains("42 forty-two");
        assertThat(SealedFile.read(file, FORMAT + 1, 1 << 20, in -> "parsed"))
                .as("another format")
                .isEmpty();
    }

    /** A planted file declaring ten million records must not get them allocated: its seal fails first. */
    @Test
    void aFileNotSealedHereIsNeverParsed() throws IOException {
        Path file = dir.resolve("r.bin");
        SealedFile.write(file, FORMAT, out -> out.writeInt(10_000_000));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        AtomicBoolean parsed = new AtomicBoolean();

        assertThat(SealedFile.read(file, FORMAT, 1 << 20, in -> {
                    parsed.set(true);
                    return in.readInt();
                }))
                .isEmpty();
        assertThat(parsed).isFalse();
    }

    @Test
    void aFileOverItsBoundOrALinkIsNotRead() throws IOException {
        Path file = dir.resolve("r.bin");
        SealedFile.write(file, FORMAT, out -> out.write(new byte[4096]));
        assertThat(SealedFile.read(file, FORMAT, 1024, in -> "parsed")).isEmpty();

        Path link = Files.createSymbolicLink(dir.resolve("link.bin"), file);
        assertThat(SealedFile.read(link, FORMAT, 1 << 20, in -> {
                    in.readFully(new byte[4096]);
                    return "parsed";
                }))
                .isEmpty();
        assertThat(SealedFile.read(file, FORMAT, 1 << 20, in -> {
                    in.readFully(new byte[4096]);
                    return "parsed";
                }))
                .contains("parsed");
    }

    @Test
    void aFileWithBytesLeftOverIsNotBelieved() throws IOException {
        Path file = dir.resolve("r.bin");
        SealedFile.write(file, FORMAT, out -> out.writeLong(7));

        assertThat(SealedFile.read(file, FORMAT, 1 << 20, in -> in.readInt())).isEmpty();
    }
}
