package dev.hisaab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads given lines of an input file in one streaming pass (line 1 too, the header of a CSV), and the file's
 * SHA-256 on the way, so a caller can tell whether the file is still the one the run read.
 */
final class InputLines {

    private InputLines() {
    }

    /** The lines read: number to text (without its line end), plus the whole file's digest. */
    record Result(Map<Long, String> lines, String sha256) {
    }

    static Result read(Path file, Set<Long> wanted) throws IOException {
        Map<Long, String> out = new TreeMap<>();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest);
             BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (wanted.contains(n)) {
                    out.put(n, line.length() > 2000 ? line.substring(0, 2000) + " [... cut]" : line);
                }
            }
            // read to the end, so the digest covers the whole file
        }
        return new Result(out, HexFormat.of().formatHex(digest.digest()));
    }
}
