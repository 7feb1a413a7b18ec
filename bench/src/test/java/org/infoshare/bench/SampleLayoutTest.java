package org.infoshare.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SampleLayoutTest {

    @Test
    void n_minus_one_bulk_releases_a_tenth_of_them_onward_children_of_bulk_releases() {
        UUID consent = UUID.randomUUID();
        UUID apiRelease = UUID.randomUUID();
        UUID apiShare = UUID.randomUUID();
        List<SharingDb.BulkShare> shares = new ArrayList<>();
        List<SharingDb.BulkRelease> releases = new ArrayList<>();
        SampleLayout.plan(consent, apiRelease, apiShare, 100, Bench.PARTNERS, 0, shares, releases);
        assertThat(releases).hasSize(99);
        List<SharingDb.BulkRelease> children = releases.stream().filter(r -> r.parent() != null).toList();
        assertThat(children).hasSize(10);
        assertThat(shares).hasSize(89);
        Set<UUID> ids = new HashSet<>();
        releases.forEach(r -> ids.add(r.id()));
        assertThat(children).allMatch(c -> ids.contains(c.parent()));
        assertThat(releases).allMatch(r -> r.consent().equals(consent) && r.template().equals(apiRelease));
        assertThat(releases.stream().map(SharingDb.BulkRelease::partner).distinct()).hasSize(4);
    }
}
