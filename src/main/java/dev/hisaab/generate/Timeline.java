package dev.hisaab.generate;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Holds evidence lines that happen after the application being generated (payments minutes or days later) and
 * releases them in time order. Applications arrive in time order, so only a short window is ever held.
 */
final class Timeline {

    /** Writes one evidence line when its time comes. */
    interface Emission {
        void emit() throws IOException;
    }

    private record Pending(long epochSecond, long sequence, Emission emission) {
    }

    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparingLong(Pending::epochSecond).thenComparingLong(Pending::sequence));
    private long sequence;

    void at(OffsetDateTime time, Emission emission) {
        pending.add(new Pending(time.toEpochSecond(), sequence++, emission));
    }

    /** Emits everything due at or before {@code time}. */
    void emitUntil(OffsetDateTime time) throws IOException {
        long limit = time.toEpochSecond();
        while (!pending.isEmpty() && pending.peek().epochSecond() <= limit) {
            pending.poll().emission().emit();
        }
    }

    void emitAll() throws IOException {
        while (!pending.isEmpty()) {
            pending.poll().emission().emit();
        }
    }
}
