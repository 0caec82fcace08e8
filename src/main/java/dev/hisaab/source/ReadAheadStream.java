package dev.hisaab.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;

/**
 * An input stream whose bytes are read, digested and counted on a thread of its own, a few chunks ahead of the one
 * reader: the file system's copies and the SHA-256 run on the second core while the first parses. The bytes arrive in
 * file order; a read failure is thrown where the reader reaches it. The digest covers exactly the bytes read from the
 * file so far, and once the reader has seen the end of the stream, all of them.
 *
 * <p>The reading thread uses a fixed set of {@link #CHUNKS} buffers, handed back and forth: memory stays at
 * {@code CHUNKS × CHUNK} bytes whatever the file's size. {@link #close()} stops the thread and closes the file.
 */
final class ReadAheadStream extends InputStream {

    static final int CHUNK = 1 << 17;
    static final int CHUNKS = 4;

    /** Bytes read into {@code bytes}: {@code length} of them, or none with the failure at that point, or the end. */
    private record Chunk(byte[] bytes, int length, IOException failure) {

        boolean isEnd() {
            return length < 0;
        }
    }

    /** The end of the stream (after the last bytes, or after a failure once thrown). */
    private static final Chunk END = new Chunk(null, -1, null);

    private final InputStream file;
    private final MessageDigest digest;
    private final LongConsumer counted;
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS + 1);
    private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private Chunk current;
    private int position;
    private boolean closed;

    /**
     * Starts reading {@code file} on a thread named {@code name}, each chunk added to {@code digest} and its size
     * passed to {@code counted} (on that thread) before the reader sees it.
     */
    ReadAheadStream(InputStream file, MessageDigest digest, LongConsumer counted, String name) {
        this.file = file;
        this.digest = digest;
        this.counted = counted;
        for (int i = 0; i < CHUNKS; i++) {
            empty.add(new byte[CHUNK]);
        }
        reader = new Thread(this::readAll, name);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        try (file) {
            while (true) {
                byte[] b = empty.take();
                int n = file.readNBytes(b, 0, b.length);
                if (n > 0) {
                    digest.update(b, 0, n);
                    counted.accept(n);
                    filled.put(new Chunk(b, n, null));
                }
                if (n < b.length) {
                    filled.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed by the reader: nothing more is wanted
        } catch (IOException e) {
            // the queue has room for it: at most CHUNKS chunks are ever in it before this
            filled.add(new Chunk(null, -1, e));
        } catch (RuntimeException | Error e) {
            // whatever stops this thread reaches the reader, which would otherwise wait for a chunk that never comes
            filled.add(new Chunk(null, -1, new IOException("reading failed: " + e, e)));
        }
    }

    /** The chunk with bytes left to read, or null at the end; throws the reading thread's failure where it happened. */
    private Chunk chunk() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        if (current != null && position < current.length) {
            return current;
        }
        if (current != null) {
            if (current.isEnd()) {
                return null;
            }
            empty.add(current.bytes);
        }
        try {
            current = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the input");
        }
        position = 0;
        if (current.failure != null) {
            IOException failure = current.failure;
            current = END;
            throw failure;
        }
        return current.isEnd() ? null : current;
    }

    @Override
    public int read() throws IOException {
        Chunk c = chunk();
        return c == null ? -1 : c.bytes[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        Chunk c = chunk();
        if (c == null) {
            return -1;
        }
        int n = Math.min(len, c.length - position);
        System.arraycopy(c.bytes, position, b, off, n);
        position += n;
        return n;
    }

    /** Hands each chunk's bytes on as they are, with no copy through a small buffer (draining to a digest's end). */
    @Override
    public long transferTo(OutputStream out) throws IOException {
        long transferred = 0;
        for (Chunk c = chunk(); c != null; c = chunk()) {
            int n = c.length - position;
            out.write(c.bytes, position, n);
            position += n;
            transferred += n;
        }
        return transferred;
    }

    @Override
    public int available() {
        return current == null || current.isEnd() ? 0 : current.length - position;
    }

    /** Stops the reading thread, which closes the file, and waits for it. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
