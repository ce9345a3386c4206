package ai.licensing.engine;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) decision ids, as unguessable as {@link UUID#randomUUID()}: an id is the key to a logged
 * decision. {@code randomUUID} draws from one shared generator whose lock every concurrent decision queues on;
 * here each thread has its own DRBG, seeded from the system's entropy, so threads never wait for each other.
 * A thread draws random bytes for many ids at once: each draw from a DRBG has a fixed cost of its own.
 */
final class DecisionIds {

    private static final int IDS_PER_DRAW = 64;
    private static final ThreadLocal<Pool> POOL = ThreadLocal.withInitial(Pool::new);

    private DecisionIds() {
    }

    static String next() {
        return POOL.get().next();
    }

    private static final class Pool {

        private final SecureRandom random = drbg();
        private final ByteBuffer bytes = ByteBuffer.allocate(16 * IDS_PER_DRAW).position(16 * IDS_PER_DRAW);

        String next() {
            if (!bytes.hasRemaining()) {
                random.nextBytes(bytes.array());
                bytes.clear();
            }
            long high = bytes.getLong() & ~0xf000L | 0x4000L; // version 4
            long low = bytes.getLong() & ~(0xc0L << 56) | 0x80L << 56; // IETF variant
            return new UUID(high, low).toString();
        }
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is part of every JDK since 9", e);
        }
    }
}
