package org.infoshare.web;

import org.eclipse.microprofile.config.spi.Converter;

import java.util.NoSuchElementException;

/**
 * Reads a key that production will use, refusing a committed development key: the refusal is a
 * configuration error, reported with the missing variables before anything starts.
 */
public class ProductionKeyConverter implements Converter<String> {

    @Override
    public String convert(String value) {
        if (value == null || value.isBlank() || StartupSettings.NOT_CHECKED.equals(value)) {
            return value;
        }
        DevelopmentKeys.committedKey(value).ifPresent(source -> {
            // NoSuchElementException is reported as it is; an IllegalArgumentException would be wrapped
            // in a message quoting the whole value, which may hold other, real keys.
            throw new NoSuchElementException("a committed development key (" + source + ") is refused in production;"
                    + " give a key of your own (only the local profile accepts development keys)");
        });
        return value;
    }
}
