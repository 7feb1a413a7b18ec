package org.infoshare.dashboard.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's refusal (RFC 9457 problem details) in words a person understands: the problem's
 * detail, each field error under the label the form shows for that field, and the policy rules it
 * names. 401 and 403 are not refusals of the input: they are thrown on for the page as a whole.
 */
public final class ServiceRefusal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> MESSAGES = Map.of(
            "must not be null", "is required",
            "must not be blank", "is required",
            "must not be empty", "is required",
            "has the wrong type or format", "is not in a form the service accepts");

    private ServiceRefusal() {
    }

    /** The status to answer the form with and the refusal in sentences. */
    public static Result<Void> of(ClientWebApplicationException e, String service, Map<String, String> labels) {
        int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
        if (status == 401 || status == 403) {
            throw e;
        }
        String body;
        try {
            body = e.getResponse().readEntity(String.class);
        } catch (RuntimeException unreadable) {
            body = "";
        }
        return Result.refused(status >= 500 ? 502 : status, explain(status, body, service, labels));
    }

    /** The problem details body in sentences; a body that is not one names the service and status. */
    static String explain(int status, String body, String service, Map<String, String> labels) {
        try {
            JsonNode problem = JSON.readTree(body);
            List<String> parts = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.isTextual() ? error.asText()
                    : field(error.path("field").asText(""), labels) + " " + message(error.path("message").asText(""))));
            if (problem.hasNonNull("detail") && (fields.isEmpty() || !problem.get("detail").asText().startsWith("The request has"))) {
                parts.add(sentence(problem.get("detail").asText()));
            } else if (fields.isEmpty() && problem.hasNonNull("title")) {
                parts.add(sentence(problem.get("title").asText()));
            }
            fields.forEach(f -> parts.add(sentence(f.trim())));
            if (problem.path("rules").size() > 0) {
                parts.add("Policy rules: " + String.join(", ", texts(problem.get("rules"))) + ".");
            }
            return parts.isEmpty() ? service + " refused it (status " + status + ")." : String.join(" ", parts);
        } catch (Exception unreadable) {
            return service + " refused it (status " + status + ").";
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** "factors[0]" reads as the label of "factors"; an unknown field keeps its own name. */
    private static String field(String field, Map<String, String> labels) {
        String name = field.replaceAll("\\[\\d+]", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        return labels.getOrDefault(name, name);
    }

    private static String message(String message) {
        return MESSAGES.getOrDefault(message, message);
    }

    private static String sentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String capital = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
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
