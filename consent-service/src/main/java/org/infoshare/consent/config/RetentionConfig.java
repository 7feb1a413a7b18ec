package org.infoshare.consent.config;

import io.smallrye.config.ConfigMapping;

import java.time.Period;
import java.util.Map;

/**
 * Retention per record kind (P13.1), e.g. {@code infoshare.retention.kinds.consent.period=P6Y}
 * with the reason the records are kept, shown in the annual review.
 */
@ConfigMapping(prefix = "infoshare.retention")
public interface RetentionConfig {

    Map<String, Kind> kinds();

    interface Kind {
        Period period();

        String reason();
    }
}
