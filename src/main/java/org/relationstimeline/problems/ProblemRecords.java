package org.relationstimeline.problems;

import static org.relationstimeline.files.BinaryFields.readCount;
import static org.relationstimeline.files.BinaryFields.readString;
import static org.relationstimeline.files.BinaryFields.writeString;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Problems as the generator's state files keep them, to be reported again without the work that found them. */
public final class ProblemRecords {
    private ProblemRecords() {}

    public static void write(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            writeString(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
            out.writeBoolean(p.isError());
            writeString(out, p.code());
            writeString(out, p.message());
            writeString(out, p.hint());
        }
    }

    public static List<Problem> read(DataInputStream in) throws IOException {
        int n = readCount(in);
        List<Problem> problems = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            String file = readString(in);
            int line = in.readInt();
            int column = in.readInt();
            boolean error = in.readBoolean();
            String code = readString(in);
            String message = readString(in);
            String hint = readString(in);
            problems.add(
                    error
                            ? Problem.error(file, line, column, code, message, hint)
                            : Problem.warning(file, line, column, code, message, hint));
        }
        return List.copyOf(problems);
    }
}
