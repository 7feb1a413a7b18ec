package org.infoshare.messaging.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Headers;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The spans that carry one withdrawal's trace across the hops no instrumentation sees: the outbox
 * relay's send, a consumer's effect, a webhook. With the SDK off (the default without a collector)
 * the tracer is a no-op whose spans still pass the incoming context on, so headers keep flowing.
 */
@ApplicationScoped
public class Traces {

    public static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    public static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    public static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    private final Tracer tracer;

    public Traces(Tracer tracer) {
        this.tracer = tracer;
    }

    /** A span of {@code kind} under {@code parent} (none: a new trace), started now. */
    public Span start(String name, SpanKind kind, Optional<TraceContext> parent) {
        return tracer.spanBuilder(name).setSpanKind(kind)
                .setParent(parent.map(TraceContext::asParent).orElseGet(Context::root))
                .startSpan();
    }

    /**
     * Runs a consumer's effect for one Kafka record in a CONSUMER span continuing the producer's
     * trace from the record's {@code traceparent} header. The span is current on the record's
     * duplicated Vert.x context until the effect ends, so what the effect writes (outbox rows,
     * notifications) captures it.
     */
    public <T> Uni<T> consuming(String topic, Headers headers, Supplier<Uni<T>> effect) {
        return Uni.createFrom().deferred(() -> {
            Span span = start(topic + " process", SpanKind.CONSUMER, TraceContext.fromHeaders(headers));
            span.setAttribute(MESSAGING_SYSTEM, "kafka").setAttribute(DESTINATION, topic)
                    .setAttribute(OPERATION, "process");
            Scope scope = Context.root().with(span).makeCurrent();
            Uni<T> work;
            try {
                work = effect.get();
            } catch (RuntimeException e) {
                scope.close();
                end(span, e);
                throw e;
            }
            return work.onItemOrFailure().invoke((item, failure) -> {
                scope.close();
                end(span, failure);
            }).onCancellation().invoke(() -> {
                scope.close();
                span.end();
            });
        });
    }

    /** Ends a span, marked as an error (by exception type only: messages may quote values) when it failed. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        span.end();
    }
}
