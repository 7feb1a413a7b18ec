package org.infoshare.audit.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import org.infoshare.audit.domain.TrailVerification;
import org.infoshare.audit.persistence.TrailStore;

/**
 * Feeds a verification from the table page by page (keyset on seq) until the end or the first
 * failure, with the checkpoints those entries reach loaded beside each page (keyset on tree
 * size), so memory holds one page of each however long the trail is.
 */
final class TrailReader {

    private TrailReader() {
    }

    /**
     * Checkpoints at or below the verification's start are the caller's to offer; this offers
     * those after it up to {@code endExclusive} (as a tree size), including, when the entries run
     * out first, the next one beyond the last entry (a truncated tail).
     */
    static Uni<TrailVerification> feed(TrailStore store, SqlClient client, TrailVerification verification,
                                       long endExclusive, int pageSize, long maxEntries) {
        long start = verification.nextSeq();
        long stopAt = maxEntries > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + maxEntries;
        // A loop of pages, not a recursion: nested operators would keep every page reachable to the end.
        return Multi.createBy().repeating()
                .uni(() -> page(store, client, verification, endExclusive, pageSize, stopAt))
                .whilst(more -> more)
                .collect().last()
                .replaceWith(verification);
    }

    /** Reads and checks one page; true when there may be more to read. */
    private static Uni<Boolean> page(TrailStore store, SqlClient client, TrailVerification verification,
                                     long endExclusive, int pageSize, long stopAt) {
        long next = verification.nextSeq();
        long until = Math.min(endExclusive, stopAt);
        if (verification.failed() || next >= stopAt) {
            return Uni.createFrom().item(false);
        }
        if (next >= until) {
            return beyond(store, client, verification, endExclusive).replaceWith(false);
        }
        return store.read(client, next, until, pageSize).chain(entries -> {
            // Entries that follow each other reach checkpoints up to next + count; a hole fails earlier.
            long reach = Math.min(next + entries.size(), endExclusive);
            return store.checkpoints(client, next, reach, pageSize + 1).chain(checkpoints -> {
                verification.offer(checkpoints);
                for (var recorded : entries) {
                    if (!verification.accept(recorded.entry(), recorded.leafHash())) {
                        return Uni.createFrom().item(false);
                    }
                }
                if (entries.size() < pageSize) {
                    return beyond(store, client, verification, endExclusive).replaceWith(false);
                }
                return Uni.createFrom().item(true);
            });
        });
    }

    /** The first checkpoint past the last entry read, if any: it covers entries that are gone. */
    private static Uni<TrailVerification> beyond(TrailStore store, SqlClient client, TrailVerification verification,
                                                 long endExclusive) {
        if (verification.failed()) {
            return Uni.createFrom().item(verification);
        }
        return store.checkpoints(client, verification.nextSeq(), endExclusive, 1).map(checkpoints -> {
            verification.offer(checkpoints);
            return verification;
        });
    }
}
