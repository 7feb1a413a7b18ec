package org.infoshare.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks JSON a service really sent against a schema of {@code events} (a class path resource such
 * as {@code /schemas/webhook/withdrawal-notice/v1.json}), the way events' own tests check samples:
 * draft 2020-12 with formats asserted, so a bad uuid or date-time fails.
 */
public final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private JsonSchemas() {
    }

    /** Each way {@code json} breaks the schema at {@code resource}, as text; empty when it is valid. */
    public static List<String> errors(String resource, String json) {
        return REGISTRY.getSchema(text(resource), InputFormat.JSON).validate(json, InputFormat.JSON).stream()
                .map(Object::toString).toList();
    }

    private static String text(String resource) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
