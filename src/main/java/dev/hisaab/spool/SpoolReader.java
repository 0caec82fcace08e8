package dev.hisaab.spool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads back what a {@link SpoolWriter} wrote; a missing file means the step that writes it never completed. */
public final class SpoolReader implements AutoCloseable {

    private final BufferedReader in;
    private final Path file;

    public SpoolReader(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("work file missing (its step did not complete): " + file);
        }
        this.file = file;
        this.in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The next record's fields, or {@code null} at the end. */
    public String[] read() throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        return split(line);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    static String[] split(String line) {
        List<String> fields = new ArrayList<>(16);
        StringBuilder sb = new StringBuilder();
        boolean isNull = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(isNull ? null : sb.toString());
                sb.setLength(0);
                isNull = false;
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                switch (n) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 'N' -> isNull = true;
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        fields.add(isNull ? null : sb.toString());
        return fields.toArray(String[]::new);
    }
}
