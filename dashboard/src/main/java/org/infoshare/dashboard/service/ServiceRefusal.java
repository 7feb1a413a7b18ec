package org.infoshare.dashboard.service;

import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.Map;

/**
 * A service's refusal (RFC 9457 problem details) in words a person understands, in one text for
 * forms that show it in one place (the DPO's); the words are {@link ProblemWords}'s, as on the staff
 * forms. 401 and 403 are not refusals of the input: they are thrown on for the page as a whole.
 */
public final class ServiceRefusal {

    private ServiceRefusal() {
    }

    /** The status to answer the form with and the refusal in sentences. */
    public static Result<Void> of(ClientWebApplicationException e, String service, Map<String, String> labels) {
        int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
        if (status == 401 || status == 403) {
            throw e;
        }
        return Result.refused(status >= 500 ? 502 : status, words(e, service, labels));
    }

    /** The refusal in sentences, whatever its status. */
    public static String words(ClientWebApplicationException e, String service, Map<String, String> labels) {
        int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
        String body;
        try {
            body = e.getResponse().readEntity(String.class);
        } catch (RuntimeException unreadable) {
            body = "";
        }
        return explain(status, body, service, labels);
    }

    /** The problem details body in sentences ({@link ProblemWords}), the form's labels naming its fields. */
    static String explain(int status, String body, String service, Map<String, String> labels) {
        Map<String, FormField> fields = new java.util.HashMap<>();
        labels.forEach((name, label) -> fields.put(name, new FormField(name, label)));
        return ProblemWords.explain(service, status, body, fields).inWords();
    }

    /** What a service said to a form: the value it answered, or the refusal in words with the status to show. */
    @io.quarkus.qute.TemplateData
    public record Result<T>(T value, int status, String refusal) {

        public static <T> Result<T> ok(T value) {
            return new Result<>(value, 200, null);
        }

        public static <T> Result<T> refused(int status, String why) {
            return new Result<>(null, status, why);
        }

        public <R> Result<R> failed() {
            return new Result<>(null, status, refusal);
        }

        public boolean refused() {
            return refusal != null;
        }
    }
}
