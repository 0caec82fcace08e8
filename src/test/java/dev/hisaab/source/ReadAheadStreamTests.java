package dev.hisaab.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadAheadStreamTests {

    private static final int CHUNK = ReadAheadStream.CHUNK;

    @Test
    void givesEveryByteInOrderWithItsDigestAndCount() throws Exception {
        Random random = new Random(7);
        // empty, within one chunk, at and around a chunk's edge, and more chunks than are ever in flight
        for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, (ReadAheadStream.CHUNKS + 2) * CHUNK + 7}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            AtomicLong counted = new AtomicLong();
            byte[] read;
            try (InputStream in = new ReadAheadStream(new ByteArrayInputStream(data), digest, counted::addAndGet, "t")) {
                read = readInOddPieces(in, random);
            }
            assertThat(read).as("bytes of %d", size).isEqualTo(data);
            assertThat(counted.get()).isEqualTo(size);
            assertThat(digest.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(data));
        }
    }

    @Test
    void transfersTheRestAfterWhatWasRead() throws Exception {
        byte[] data = new byte[3 * CHUNK + 5];
        new Random(11).nextBytes(data);
        try (InputStream in = new ReadAheadStream(new ByteArrayInputStream(data), MessageDigest.getInstance("SHA-256"),
                n -> { }, "t")) {
            byte[] start = in.readNBytes(CHUNK + 3);
            java.io.ByteArrayOutputStream rest = new java.io.ByteArrayOutputStream();
            assertThat(in.transferTo(rest)).isEqualTo(data.length - start.length);
            assertThat(in.read()).isEqualTo(-1);
            byte[] all = new byte[data.length];
            System.arraycopy(start, 0, all, 0, start.length);
            System.arraycopy(rest.toByteArray(), 0, all, start.length, rest.size());
            assertThat(all).isEqualTo(data);
        }
    }

    @Test
    void aReadFailureIsThrownWhereTheReaderReachesIt() throws Exception {
        byte[] good = new byte[CHUNK + 10];
        java.util.Arrays.fill(good, (byte) 'x');
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at == good.length) {
                    throw new IOException("disk gone");
                }
                return good[at++];
            }
        };
        try (InputStream in = new ReadAheadStream(failing, MessageDigest.getInstance("SHA-256"), n -> { }, "t")) {
            // the chunks before the failure arrive whole: the failure stops the read of the chunk it happened in
            assertThat(in.readNBytes(CHUNK)).hasSize(CHUNK);
            assertThatThrownBy(() -> in.read(new byte[100])).isInstanceOf(IOException.class).hasMessage("disk gone");
            assertThat(in.read()).as("after the failure, the end").isEqualTo(-1);
        }
    }

    @Test
    @Timeout(10) // without it, the reader would wait for ever
    void anythingElseThatStopsTheReadingThreadReachesTheReaderToo() throws Exception {
        byte[] data = new byte[3 * CHUNK];
        try (InputStream in = new ReadAheadStream(new ByteArrayInputStream(data), MessageDigest.getInstance("SHA-256"),
                n -> {
                    throw new IllegalStateException("counter broken");
                }, "t")) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class)
                    .hasMessageContaining("counter broken").hasCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closingBeforeTheEndStopsTheThreadAndClosesTheFile() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        ReadAheadStream in = new ReadAheadStream(endless, MessageDigest.getInstance("SHA-256"), n -> { }, "t");
        assertThat(in.read()).isEqualTo('y');
        in.close();
        assertThat(closed).isTrue();
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("stream closed");
    }

    /** Reads to the end with single bytes and reads of varied lengths, as decoders do. */
    private static byte[] readInOddPieces(InputStream in, Random random) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[3 * CHUNK];
        while (true) {
            if (random.nextInt(4) == 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                out.write(b);
                continue;
            }
            int n = in.read(buf, 1, 1 + random.nextInt(buf.length - 1));
            if (n < 0) {
                break;
            }
            assertThat(n).isPositive();
            out.write(buf, 1, n);
        }
        return out.toByteArray();
    }
}
