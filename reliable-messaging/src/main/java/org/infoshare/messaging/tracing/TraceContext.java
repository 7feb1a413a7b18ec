package org.infoshare.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A W3C trace context ({@code traceparent}, optional {@code tracestate}) as it is carried where no
 * span is current: an outbox row, a Kafka record's headers, a notification row, a webhook request.
 * Always W3C, whatever propagators are configured, so what one service stores another can read.
 * It holds trace and span ids only, never personal data.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<TraceContext> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? carrier.traceparent : TRACESTATE.equals(key) ? carrier.tracestate : null;
        }
    };

    /** The context of the current span, if one is valid (tracing on and a span current). */
    public static Optional<TraceContext> current() {
        return of(Context.current());
    }

    /** The context of the span in {@code context}, if it is valid. */
    public static Optional<TraceContext> of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(context, carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT))
                .map(parent -> new TraceContext(parent, blankToNull(carrier.get(TRACESTATE))));
    }

    /** Read back from stored columns; empty when there is no (well-formed) traceparent. */
    public static Optional<TraceContext> stored(String traceparent, String tracestate) {
        if (traceparent == null || traceparent.isBlank()) {
            return Optional.empty();
        }
        TraceContext stored = new TraceContext(traceparent, blankToNull(tracestate));
        return Span.fromContext(stored.asParent()).getSpanContext().isValid() ? Optional.of(stored) : Optional.empty();
    }

    /** From a Kafka record's headers (the last value of each wins, as Kafka clients read them). */
    public static Optional<TraceContext> fromHeaders(Headers headers) {
        if (headers == null) {
            return Optional.empty();
        }
        return stored(text(headers.lastHeader(TRACEPARENT)), text(headers.lastHeader(TRACESTATE)));
    }

    /** A context whose (remote) span is this one: the parent of the next hop's span. */
    public Context asParent() {
        return W3C.extract(Context.root(), this, GETTER);
    }

    /** The 32 hex digits of the trace id. */
    public String traceId() {
        return Span.fromContext(asParent()).getSpanContext().getTraceId();
    }

    /** Sets the headers on a Kafka record, replacing any earlier ones. */
    public void writeTo(Headers headers) {
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        headers.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        if (tracestate != null) {
            headers.add(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
