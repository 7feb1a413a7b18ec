package org.infoshare.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The running platform: consents made through consent-service's API with one share approved by
 * sharing-service's, the other N−1 recipient records bulk-loaded; withdrawals through the API.
 */
final class PlatformTarget implements Target {

    private final Platform platform;
    private final SharingDb db;
    private final WithdrawalTracker tracker;
    private final List<String> partners;
    private final String sheetId;
    private final UUID templateRelease;
    private final UUID templateShare;
    private final Log log;
    private int made;

    PlatformTarget(Platform platform, SharingDb db, WithdrawalTracker tracker, List<String> partners, String sheetId,
                   UUID templateRelease, UUID templateShare, Log log) {
        this.platform = platform;
        this.db = db;
        this.tracker = tracker;
        this.partners = partners;
        this.sheetId = sheetId;
        this.templateRelease = templateRelease;
        this.templateShare = templateShare;
        this.log = log;
    }

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public long fillTo(long rows) throws Exception {
        return db.fillTo(rows, templateRelease, templateShare, log);
    }

    @Override
    public List<Sample> prepare(int count, int n) throws Exception {
        long started = System.nanoTime();
        int offset = made;
        made += count;
        List<Platform.Consented> consented = Platform.pooled(count, 16, i -> {
            String partner = partners.get((offset + i) % partners.size());
            return platform.consented(partners, partner, sheetId, true);
        });
        Map<UUID, UUID> releaseByShare = db.releasesOfShares(consented.stream().map(Platform.Consented::shareRequestId).toList());
        List<Sample> samples = new ArrayList<>();
        List<SharingDb.BulkShare> shares = new ArrayList<>();
        List<SharingDb.BulkRelease> releases = new ArrayList<>();
        for (int i = 0; i < consented.size(); i++) {
            Platform.Consented c = consented.get(i);
            UUID apiRelease = releaseByShare.get(c.shareRequestId());
            if (apiRelease == null) {
                throw new IllegalStateException("no release for approved share " + c.shareRequestId());
            }
            int from = releases.size();
            SampleLayout.plan(c.consentId(), apiRelease, c.shareRequestId(), n, partners, partners.indexOf(c.partnerId()),
                    shares, releases);
            List<UUID> all = new ArrayList<>();
            all.add(apiRelease);
            releases.subList(from, releases.size()).forEach(r -> all.add(r.id()));
            samples.add(new Sample(c.consentId(), all));
            if (releases.size() >= 20_000) {
                db.insert(shares, releases);
                shares.clear();
                releases.clear();
            }
        }
        db.insert(shares, releases);
        log.line(String.format("  prepared %d consents with %d recipient records each in %.1f s", count, n,
                (System.nanoTime() - started) / 1e9));
        return samples;
    }

    @Override
    public CompletableFuture<String> withdraw(UUID consentId) {
        return platform.withdraw(consentId).handle((reply, error) -> {
            if (error != null) {
                return "withdrawal of " + consentId + " failed: " + error.getMessage();
            }
            return reply.status() == 200 ? null : "withdrawal of " + consentId + ": HTTP " + reply.status();
        });
    }

    @Override
    public WithdrawalTracker tracker() {
        return tracker;
    }

    @Override
    public boolean webhooks() {
        return true;
    }

    @Override
    public List<String> check(Map<UUID, Set<UUID>> expectedByConsent) throws Exception {
        return db.check(expectedByConsent);
    }
}
