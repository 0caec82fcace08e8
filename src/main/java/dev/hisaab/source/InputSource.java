package dev.hisaab.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One input file handed to a {@link SourceFormat}. The stream it opens computes the SHA-256 of the bytes read, so the
 * summary can prove which input produced which result without reading any file twice.
 *
 * <p>A source that reads no file (a database table) gets an input made by {@link #ofRows(String)}: it has a name but
 * no path and no stream, and its "SHA-256" is the digest of the text its reader feeds to {@link #digest(String)} —
 * for {@code jdbc} sources, the rows as they were streamed (see that format).
 */
public final class InputSource {

    private final Path path;
    private MessageDigest digest;
    private InputStream digesting;
    /** Written by the thread that reads the file ({@link ReadAheadStream}), read by the one that parses it. */
    private volatile long bytes;
    private FileState atOpen;

    private final String rowsName;

    /** False for an input opened only to look at its start, whose bytes need no digest. */
    private final boolean digested;

    public InputSource(Path path) {
        this(path, true);
    }

    private InputSource(Path path, boolean digested) {
        this.path = Objects.requireNonNull(path, "path");
        this.rowsName = null;
        this.digested = digested;
    }

    /**
     * A file opened only to look at its start (the columns a header or a dump declares), not to be read for its
     * records: its stream digests nothing, so a look that must pass over most of a dump costs a read, not a SHA-256 as
     * well; {@link #sha256()} is refused.
     */
    public static InputSource forALook(Path path) {
        return new InputSource(path, false);
    }

    private InputSource(String name) {
        this.path = null;
        this.rowsName = Objects.requireNonNull(name, "name");
        this.digested = true;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An input that is not a file, e.g. {@code db:public.applications}: origins use {@code name}, and its digest covers
     * what the reader passes to {@link #digest(String)}.
     */
    public static InputSource ofRows(String name) {
        return new InputSource(name);
    }

    /** Whether this input is a file (else it was made by {@link #ofRows(String)}). */
    public boolean isFile() {
        return path != null;
    }

    /** The file, or null for an input that is not a file. */
    public Path path() {
        return path;
    }

    /** The file name used in origins ({@code file:line}), or the name of an input that is not a file. */
    public String name() {
        return path == null ? rowsName : path.getFileName().toString();
    }

    /** For an input that is not a file: adds {@code text} (as UTF-8) to its digest and byte count. */
    public void digest(String text) {
        if (path != null) {
            throw new IllegalStateException("a file input is digested through its stream: " + path);
        }
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        digest.update(b);
        bytes += b.length;
    }

    /**
     * Opens the file once; the returned stream is buffered and digests every byte read. The file is read and digested
     * on a thread of its own, a few chunks ahead of the caller ({@link ReadAheadStream}); an input opened
     * {@link #forALook} is read on the caller's thread.
     */
    public InputStream openStream() throws IOException {
        if (path == null) {
            throw new IllegalStateException(rowsName + " is not a file");
        }
        if (digest != null) {
            throw new IllegalStateException("input already opened: " + path);
        }
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        atOpen = FileState.of(path);
        if (!digested) {
            return new BufferedInputStream(new CountingStream(Files.newInputStream(path)), 1 << 16);
        }
        digesting = new ReadAheadStream(Files.newInputStream(path), digest, n -> bytes += n, "read " + name());
        return digesting;
    }

    /**
     * Hex SHA-256 of the whole file. Call before the reader is closed: bytes a reader did not need (after the table
     * of a dump, say) are read here so the digest covers the file.
     *
     * @throws UncheckedIOException with an {@link InputChangedException} if the file changed while it was read: its
     *         size or modification time is not what it was when it was opened, or more or fewer bytes were read than
     *         it had then. Whatever was read from it cannot be trusted, nor can the digest name it.
     */
    public String sha256() {
        if (digest == null) {
            throw new IllegalStateException("input never opened: " + path);
        }
        if (!digested) {
            throw new IllegalStateException("input opened for a look, not digested: " + path);
        }
        try {
            if (digesting != null) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
                String change = atOpen.changeSince(path, bytes);
                if (change != null) {
                    throw new UncheckedIOException(new InputChangedException(path + " changed while it was read ("
                            + change + "); run again on a copy that nothing writes to"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish reading " + path, e);
        }
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes read so far. */
    public long bytesRead() {
        return bytes;
    }

    /** Size, modification time and identity of a file when it was opened. */
    private record FileState(long size, java.nio.file.attribute.FileTime modified, Object key) {

        static FileState of(Path path) throws IOException {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(path,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return new FileState(a.size(), a.lastModifiedTime(), a.fileKey());
        }

        /** What changed since, or null: the file now, and the bytes read from it to its end. */
        String changeSince(Path path, long bytesRead) throws IOException {
            FileState now;
            try {
                now = of(path);
            } catch (java.nio.file.NoSuchFileException e) {
                return "it was deleted";
            }
            if (bytesRead != size) {
                return size + " bytes when opened, " + bytesRead + " read";
            }
            if (now.size != size) {
                return "size " + size + " bytes when opened, " + now.size + " now";
            }
            if (!now.modified.equals(modified)) {
                return "modified at " + now.modified + ", after it was opened";
            }
            if (key != null && !key.equals(now.key)) {
                return "replaced by another file";
            }
            return null;
        }
    }

    private final class CountingStream extends java.io.FilterInputStream {
        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }
    }
}
