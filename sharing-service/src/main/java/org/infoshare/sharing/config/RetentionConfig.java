package org.infoshare.sharing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;
import java.util.Map;

/**
 * Retention per record kind (P13.1), e.g. {@code infoshare.retention.kinds.release.period=P6Y}
 * with the reason the records are kept, shown in the annual review; the same settings as
 * consent-service and breach-service.
 */
@ConfigMapping(prefix = "infoshare.retention")
public interface RetentionConfig {

    Map<String, Kind> kinds();

    /** How often the retention job runs (read by the scheduler; "off" in tests, which run it themselves). */
    String every();

    /** How many records of one kind one transaction removes; a run goes on until none is due. */
    @WithDefault("500")
    int batchSize();

    interface Kind {
        Period period();

        String reason();
    }
}
