package dev.hisaab.restore;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written under a temporary {@code .partial} name and moved to its real name only by
 * {@link #publish()}, so a crash never leaves a complete-looking half file. Counts the lines written.
 */
final class ScriptFile implements Closeable {

    private final Path target;
    private final Path partial;
    private final FileOutputStream stream;
    private final Writer writer;
    private long lines;
    private boolean open = true;

    ScriptFile(Path target) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.stream = new FileOutputStream(partial.toFile());
        // The encoder REPORTs unmappable input, so an unpaired surrogate fails instead of becoming '?'.
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
    }

    /** Writes {@code text}, which must end with a line break. */
    void write(String text) throws IOException {
        writer.write(text);
        lines += lineBreaks(text);
    }

    /** Number of line feeds in {@code text}. */
    static long lineBreaks(String text) {
        long n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    /** Number of lines written so far; the next line written is line {@code lines() + 1}. */
    long lines() {
        return lines;
    }

    /** Flushes to disk and atomically renames the partial file to its real name. */
    void publish() throws IOException {
        writer.flush();
        stream.getChannel().force(true);
        writer.close();
        open = false;
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Closes and deletes the partial file unless it was published. */
    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
