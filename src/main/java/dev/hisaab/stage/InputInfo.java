package dev.hisaab.stage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** What the stage step read from one input: path, SHA-256, bytes and data rows. Saved beside the work files. */
public record InputInfo(String source, String path, String sha256, long bytes, long rows) {

    public void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("source", source);
        p.setProperty("path", path);
        p.setProperty("sha256", sha256);
        p.setProperty("bytes", Long.toString(bytes));
        p.setProperty("rows", Long.toString(rows));
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static InputInfo load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new InputInfo(p.getProperty("source"), p.getProperty("path"), p.getProperty("sha256"),
                Long.parseLong(p.getProperty("bytes")), Long.parseLong(p.getProperty("rows")));
    }
}
