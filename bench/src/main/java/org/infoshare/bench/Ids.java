package org.infoshare.bench;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

final class Ids {
    private Ids() {
    }

    static UUID uuid(String text) {
        return UUID.fromString(text);
    }

    /** A random UUID without SecureRandom (bulk rows need many and no secrecy). */
    static UUID fast() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
