package org.infoshare.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.smallrye.config.Expressions;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses to start a service whose keys are missing or are the committed development keys, unless
 * the profile allows development keys (%dev, %test, %local); says at start when the profile is not
 * for production. Missing addresses and credentials fail earlier, in Quarkus' own configuration
 * check, which names each unset variable (SRCFG00011).
 */
@ApplicationScoped
public class StartupGuard {

    private static final Logger LOG = Logger.getLogger(StartupGuard.class);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)");

    private final Config config;
    private final List<String> keyProperties;
    private final boolean developmentKeysAllowed;
    private final Optional<String> notice;

    public StartupGuard(Config config, StartupSettings settings,
                        @ConfigProperty(name = "infoshare.startup.key-properties") Optional<List<String>> keyProperties,
                        @ConfigProperty(name = "infoshare.startup.development-keys-allowed", defaultValue = "false")
                        boolean developmentKeysAllowed,
                        @ConfigProperty(name = "infoshare.startup.notice") Optional<String> notice) {
        this.config = config;
        this.keyProperties = keyProperties.orElse(List.of());
        this.developmentKeysAllowed = developmentKeysAllowed;
        this.notice = notice;
        LOG.debugf("required settings are set (database user %s)", settings.databaseUser());
    }

    // Ahead of the other startup observers (Flyway has migrated by now; nothing is consumed yet).
    void onStart(@Observes @Priority(1) StartupEvent ignored) {
        notice.ifPresent(LOG::warn);
        Map<String, Optional<String>> keys = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (String property : keyProperties) {
            keys.put(property, value(property));
            raw.put(property, Expressions.withoutExpansion(() -> config.getConfigValue(property).getRawValue()));
        }
        List<String> problems = problems(keys, raw, developmentKeysAllowed);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start: " + String.join("; ", problems));
        }
    }

    /** The unexpanded variable shows up as missing, with SmallRye's message naming it. */
    private Optional<String> value(String property) {
        try {
            return config.getOptionalValue(property, String.class).filter(v -> !v.isBlank());
        } catch (RuntimeException unexpandable) {
            return Optional.empty();
        }
    }

    /**
     * What stops a start: each key property that is unset (naming the variables its raw value
     * reads), or that holds a committed development key when those are not allowed.
     */
    public static List<String> problems(Map<String, Optional<String>> keysByProperty, Map<String, String> rawValues,
                                        boolean developmentKeysAllowed) {
        List<String> problems = new ArrayList<>();
        keysByProperty.forEach((property, value) -> {
            if (value.isEmpty()) {
                List<String> variables = variables(rawValues.get(property));
                problems.add(property + " is not set" + (variables.isEmpty() ? ""
                        : ": set " + String.join(", ", variables)));
            } else if (!developmentKeysAllowed) {
                DevelopmentKeys.committedKey(value.get()).ifPresent(source -> problems.add(property
                        + " holds the committed development key from " + source
                        + "; give a key of your own (only the local profile accepts development keys)"));
            }
        });
        return problems;
    }

    /** The variables a raw value reads, as in {@code ${NAME}} or {@code ${NAME:default}}. */
    static List<String> variables(String raw) {
        List<String> names = new ArrayList<>();
        if (raw != null) {
            Matcher matcher = VARIABLE.matcher(raw);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
