package org.infoshare.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How the N recipient records of one bench consent are laid out: the release the API made, plus
 * N−1 bulk copies spread over the bench partners; about one in ten is an onward child (of a
 * bulk-loaded release, alternately of the previous child), so the recursive step of propagation
 * has work to do.
 */
final class SampleLayout {

    private SampleLayout() {
    }

    static int childrenOf(int n) {
        return n >= 10 ? n / 10 : 0;
    }

    /** The bulk shares and releases that bring the consent's live releases from 1 to {@code n}. */
    static void plan(UUID consentId, UUID apiRelease, UUID apiShare, int n, List<String> partners, int partnerOffset,
                     List<SharingDb.BulkShare> shares, List<SharingDb.BulkRelease> releases) {
        int bulk = n - 1;
        int children = Math.min(childrenOf(n), Math.max(0, bulk - 1));
        int roots = bulk - children;
        List<SharingDb.BulkRelease> rootRows = new ArrayList<>();
        for (int i = 0; i < roots; i++) {
            String partner = partners.get((partnerOffset + 1 + i) % partners.size());
            SharingDb.BulkShare share = new SharingDb.BulkShare(Ids.fast(), apiShare, partner);
            shares.add(share);
            SharingDb.BulkRelease root = new SharingDb.BulkRelease(Ids.fast(), apiRelease, share.id(), null, partner,
                    consentId);
            rootRows.add(root);
            releases.add(root);
        }
        SharingDb.BulkRelease previous = null;
        for (int j = 0; j < children; j++) {
            SharingDb.BulkRelease parent = (j % 2 == 1 && previous != null) ? previous : rootRows.get(j % rootRows.size());
            String partner = partners.get((partnerOffset + roots + 1 + j) % partners.size());
            SharingDb.BulkRelease child = new SharingDb.BulkRelease(Ids.fast(), apiRelease, parent.shareRequest(),
                    parent.id(), partner, consentId);
            releases.add(child);
            previous = child;
        }
    }
}
