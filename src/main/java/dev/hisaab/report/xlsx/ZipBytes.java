package dev.hisaab.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The entries of a small zip held in memory, read through its central directory: fastexcel's zip writer leaves the
 * sizes out of its local headers without saying so, which {@link java.util.zip.ZipInputStream} refuses. Stored and
 * deflated entries; no zip64 (a workbook without its big sheets is a few kilobytes).
 */
final class ZipBytes {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;

    private ZipBytes() {
    }

    /** Entry name to uncompressed content, in the order of the central directory. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (end >= 0 && b.getInt(end) != END_OF_DIRECTORY) {
            end--;
        }
        if (end < 0) {
            throw new ZipException("no end of central directory");
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            if (b.getInt(at) != DIRECTORY_ENTRY) {
                throw new ZipException("bad central directory entry " + i);
            }
            int method = Short.toUnsignedInt(b.getShort(at + 10));
            int compressed = b.getInt(at + 20);
            int size = b.getInt(at + 24);
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            int local = b.getInt(at + 42);
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if (b.getInt(local) != LOCAL_HEADER) {
                throw new ZipException("bad local header of " + name);
            }
            int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
            entries.put(name, content(zip, data, compressed, size, method, name));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static byte[] content(byte[] zip, int data, int compressed, int size, int method, String name)
            throws IOException {
        if (method == 0) {
            return java.util.Arrays.copyOfRange(zip, data, data + compressed);
        }
        if (method != 8) {
            throw new ZipException("compression method " + method + " of " + name);
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, data, compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 64));
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ZipException("truncated entry " + name);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new ZipException("bad entry " + name + ": " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}
