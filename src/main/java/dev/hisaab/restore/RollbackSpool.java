package dev.hisaab.restore;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The rollback script's entries, kept on disk until the restore script is done, then given back newest first (the
 * rollback undoes restore.sql backwards). Entries are gathered in a block in memory; a full block is written out with
 * its entries already in reverse order, so at the end the blocks are copied, last first, into rollback.sql by the
 * kernel ({@link FileChannel#transferTo}) rather than read back entry by entry and written again: a large run's
 * rollback is half a gigabyte. Beside them, in blocks of the same entries, go the {@code table TAB key} tails of the
 * entries' rollback.counts lines, whose line numbers are known only at the end. Kept in memory: a byte per entry.
 */
final class RollbackSpool implements Closeable {

    private static final int BLOCK = 1 << 22;
    private static final byte[] UNDO_PREFIX = "\n-- undo restore.sql:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ONE_ROW = "\t1\t".getBytes(StandardCharsets.US_ASCII);

    private final Path textPath;
    private final Path tailPath;
    private final FileChannel text;
    private final FileChannel tails;
    /** The current block's entries, oldest first, and where each ends. */
    private byte[] block;
    private int blockSize;
    private int[] entryEnds = new int[4096];
    /** The current block's tails, oldest first; each ends with its line break. */
    private byte[] tailBlock;
    private int tailSize;
    private int entriesInBlock;
    /** Line breaks of each entry, by entry number. */
    private byte[] lines = new byte[4096];
    private long entries;
    /** Per written block: its offsets in the two files and its entries. */
    private long[] textOffsets = new long[64];
    private long[] tailOffsets = new long[64];
    private int[] blockEntries = new int[64];
    private int blocks;
    private long textSize;
    private long tailsSize;
    private byte[] reversed;
    private final byte[] digits = new byte[20];

    RollbackSpool(Path textPath, Path tailPath) throws IOException {
        this(textPath, tailPath, BLOCK);
    }

    /** A spool whose blocks hold {@code blockBytes} of entries (tests use small ones). */
    RollbackSpool(Path textPath, Path tailPath, int blockBytes) throws IOException {
        this.block = new byte[blockBytes];
        this.reversed = new byte[blockBytes];
        this.tailBlock = new byte[Math.max(64, blockBytes / 8)];
        this.textPath = textPath;
        this.tailPath = tailPath;
        this.text = FileChannel.open(textPath, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileChannel t;
        try {
            t = FileChannel.open(tailPath, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            text.close();
            Files.deleteIfExists(textPath);
            throw e;
        }
        this.tails = t;
    }

    /**
     * Adds the entry undoing the statement on restore.sql line {@code restoreLine}: {@code -- undo restore.sql:<line> }
     * and {@code undo} (its evidence comment and inverse statement, {@code undoLines} line breaks) after a blank line,
     * and {@code tail} for its counts line.
     */
    void add(long restoreLine, byte[] undo, long undoLines, byte[] tail) throws IOException {
        long entryLines = 1 + undoLines;
        if (entryLines > Byte.MAX_VALUE) {
            throw new IllegalStateException("rollback entry of " + entryLines + " lines");
        }
        int digitCount = RestoreScriptWriter.digits(restoreLine, digits);
        int size = UNDO_PREFIX.length + digitCount + 1 + undo.length;
        if (blockSize + size > block.length || tailSize + tail.length > tailBlock.length) {
            flush();
            if (size > block.length) {
                block = new byte[size]; // one entry larger than a block: a block of its own
                reversed = new byte[size];
            }
            if (tail.length > tailBlock.length) {
                tailBlock = new byte[tail.length];
            }
        }
        int p = blockSize;
        System.arraycopy(UNDO_PREFIX, 0, block, p, UNDO_PREFIX.length);
        p += UNDO_PREFIX.length;
        System.arraycopy(digits, digits.length - digitCount, block, p, digitCount);
        p += digitCount;
        block[p++] = ' ';
        System.arraycopy(undo, 0, block, p, undo.length);
        blockSize = p + undo.length;
        System.arraycopy(tail, 0, tailBlock, tailSize, tail.length);
        tailSize += tail.length;
        if (entriesInBlock == entryEnds.length) {
            entryEnds = Arrays.copyOf(entryEnds, entryEnds.length * 2);
        }
        entryEnds[entriesInBlock++] = blockSize;
        if (entries == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[(int) entries++] = (byte) entryLines;
    }

    /** Writes the current block out, its entries newest first; the tails as they are (read back by line). */
    private void flush() throws IOException {
        if (entriesInBlock == 0) {
            return;
        }
        int p = 0;
        for (int i = entriesInBlock - 1; i >= 0; i--) {
            int start = i == 0 ? 0 : entryEnds[i - 1];
            int length = entryEnds[i] - start;
            System.arraycopy(block, start, reversed, p, length);
            p += length;
        }
        if (blocks == textOffsets.length) {
            textOffsets = Arrays.copyOf(textOffsets, blocks * 2);
            tailOffsets = Arrays.copyOf(tailOffsets, blocks * 2);
            blockEntries = Arrays.copyOf(blockEntries, blocks * 2);
        }
        textOffsets[blocks] = textSize;
        tailOffsets[blocks] = tailsSize;
        blockEntries[blocks] = entriesInBlock;
        blocks++;
        writeFully(text, reversed, blockSize);
        writeFully(tails, tailBlock, tailSize);
        textSize += blockSize;
        tailsSize += tailSize;
        blockSize = 0;
        tailSize = 0;
        entriesInBlock = 0;
    }

    private static void writeFully(FileChannel channel, byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Writes out the last block: after this, the text and the counts can be written, each on a thread of its own. */
    void end() throws IOException {
        flush();
    }

    /**
     * Copies every entry, newest first, to {@code rollback}: blocks last first, in the kernel; after {@link #end}. Each
     * block copied is cut off the spool at once (the last block is the file's end), so the memory its page cache held
     * is free for rollback.sql's next block: writing into memory just freed costs the kernel far less than writing
     * into memory not touched for a while (docs/benchmarks.md). The spool is spent afterwards.
     */
    void writeTextTo(ScriptFile rollback) throws IOException {
        long entry = entries;
        for (int b = blocks - 1; b >= 0; b--) {
            long end = b + 1 < blocks ? textOffsets[b + 1] : textSize;
            long first = entry - blockEntries[b];
            rollback.transfer(text, textOffsets[b], end - textOffsets[b], linesOf(first, entry));
            text.truncate(textOffsets[b]);
            entry = first;
        }
    }

    /**
     * Writes each entry's counts line, newest first, to {@code counts}: {@code line TAB 1 TAB table TAB key}, the line
     * being that of the entry's statement (its last) in a rollback script whose entries start after line
     * {@code linesBefore}. After {@link #end()}; needs only the spooled tails, not the text.
     */
    void writeCountsTo(ScriptFile counts, long linesBefore) throws IOException {
        long entry = entries;
        long line = linesBefore;
        byte[] tailBytes = new byte[0];
        for (int b = blocks - 1; b >= 0; b--) {
            long first = entry - blockEntries[b];
            // the tails of this block's entries were spooled oldest first: read back, then written newest first
            long tailEnd = b + 1 < blocks ? tailOffsets[b + 1] : tailsSize;
            int tailLength = (int) (tailEnd - tailOffsets[b]);
            if (tailBytes.length < tailLength) {
                tailBytes = new byte[tailLength];
            }
            ByteBuffer in = ByteBuffer.wrap(tailBytes, 0, tailLength);
            while (in.hasRemaining()) {
                if (tails.read(in, tailOffsets[b] + in.position()) < 0) {
                    throw new IOException("rollback spool ended early: " + tailPath);
                }
            }
            int tailEndAt = tailLength;
            for (long i = entry - 1; i >= first; i--) {
                int tailStart = tailEndAt - 1;
                while (tailStart > 0 && tailBytes[tailStart - 1] != '\n') {
                    tailStart--;
                }
                line += lines[(int) i];
                counts.writeNumber(line);
                counts.writeUtf8(ONE_ROW, 0);
                counts.writeUtf8(tailBytes, tailStart, tailEndAt - tailStart, 1);
                tailEndAt = tailStart;
            }
            entry = first;
        }
    }

    /** Line breaks of entries {@code from} (inclusive) to {@code to} (exclusive). */
    private long linesOf(long from, long to) {
        long n = 0;
        for (long i = from; i < to; i++) {
            n += lines[(int) i];
        }
        return n;
    }

    /** Closes and deletes both spool files. */
    @Override
    public void close() throws IOException {
        try (text; tails) {
            Files.deleteIfExists(textPath);
            Files.deleteIfExists(tailPath);
        }
    }
}
