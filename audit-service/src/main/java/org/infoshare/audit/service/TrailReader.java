package org.infoshare.audit.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import org.infoshare.audit.domain.TrailVerification;
import org.infoshare.audit.persistence.TrailStore;

/** Feeds a verification from the table page by page (keyset on seq) until the end or the first failure. */
final class TrailReader {

    private TrailReader() {
    }

    static Uni<TrailVerification> feed(TrailStore store, SqlClient client, TrailVerification verification,
                                       long endExclusive, int pageSize, long maxEntries) {
        long start = verification.nextSeq();
        long stopAt = maxEntries > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + maxEntries;
        return page(store, client, verification, endExclusive, pageSize, stopAt);
    }

    private static Uni<TrailVerification> page(TrailStore store, SqlClient client, TrailVerification verification,
                                               long endExclusive, int pageSize, long stopAt) {
        long next = verification.nextSeq();
        long until = Math.min(endExclusive, stopAt);
        if (next >= until || verification.failed()) {
            return Uni.createFrom().item(verification);
        }
        return store.read(client, next, until, pageSize).chain(entries -> {
            for (var recorded : entries) {
                if (!verification.accept(recorded.entry(), recorded.leafHash())) {
                    return Uni.createFrom().item(verification);
                }
            }
            if (entries.size() < pageSize) {
                return Uni.createFrom().item(verification);
            }
            return page(store, client, verification, endExclusive, pageSize, stopAt);
        });
    }
}
