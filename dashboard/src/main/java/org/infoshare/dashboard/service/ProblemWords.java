package org.infoshare.dashboard.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a service's RFC 9457 problem (status, type, detail, {@code errors} of field and message,
 * {@code rules}) into a {@link Refusal} a person understands: each field error in words next to the
 * form field it names, the rest in the summary, rule ids with what the rule is about. The service
 * is the judge; this only words its answer. Plain Java, so its unit test needs no service.
 */
public final class ProblemWords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SIZE = Pattern.compile("size must be between (\\d+) and (\\d+)");
    private static final Pattern MIN = Pattern.compile("must be greater than or equal to (-?\\d+)");
    private static final Pattern MAX = Pattern.compile("must be less than or equal to (-?\\d+)");
    /** Bean Validation's messages and the services' own ones about a field begin so; anything else is a whole clause. */
    private static final Pattern PREDICATE = Pattern.compile("(must|is|has|size|cannot|should|may) ");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    /** What each policy rule a service names is about, for the words beside its id. */
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("P1.2", "sharing only under an agreed flow"),
            Map.entry("P1.3", "small providers under acknowledged guidance"),
            Map.entry("P1.4", "personal or non-personal data"),
            Map.entry("P2.1", "one lawful reason to share"),
            Map.entry("P2.2", "how and where the information was obtained"),
            Map.entry("P4.1", "a lawful basis under UK GDPR"),
            Map.entry("P5.1", "the partner's protocol and attestation"),
            Map.entry("P6.2", "proportionate sharing"),
            Map.entry("P6.3", "identifiable data only when needed"),
            Map.entry("P6.5", "informed consent: the information sheet"),
            Map.entry("P6.7", "consent not confirmed for too long"),
            Map.entry("P6.8", "withdrawal of consent"),
            Map.entry("P6.9", "capacity and who may consent for the person"),
            Map.entry("P7.1", "no names or contact details in shared free text"),
            Map.entry("P8.1", "the sensitivity of the data"),
            Map.entry("P9.1", "only allowed data, from a verified source"),
            Map.entry("P14.1", "reporting a breach"),
            Map.entry("P15.1", "acknowledging the information sharing policy"));

    private ProblemWords() {
    }

    /**
     * The problem in words. {@code fields} maps the API's JSON paths (without list indexes) to the
     * form's fields; a path under a mapped one ({@code address.lines} under {@code address}) goes to
     * that field; errors of unmapped paths go to the summary.
     */
    public static Refusal explain(String service, int status, String body, Map<String, FormField> fields) {
        JsonNode problem = read(body);
        List<Refusal.FieldProblem> onFields = new ArrayList<>();
        List<String> general = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            String path = error.isTextual() ? "" : error.path("field").asText("");
            String message = error.isTextual() ? error.asText() : error.path("message").asText("");
            FormField field = fieldOf(path, fields);
            if (field != null) {
                onFields.add(new Refusal.FieldProblem(field.name(), field.label(), sentence(field.label(), message)));
            } else {
                general.add(sentence(path.isEmpty() ? "" : words(path), message));
            }
        }
        List<String> rules = new ArrayList<>();
        problem.path("rules").forEach(rule -> rules.add(RULES.containsKey(rule.asText())
                ? rule.asText() + " (" + RULES.get(rule.asText()) + ")" : rule.asText()));
        return new Refusal(status, summary(service, status, problem, onFields.size() + general.size()), onFields,
                general, rules);
    }

    private static JsonNode read(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null || !node.isObject() ? JSON.createObjectNode() : node;
        } catch (Exception notJson) {
            return JSON.createObjectNode();
        }
    }

    /** The longest mapped path that is the error's path or a parent of it. */
    static FormField fieldOf(String path, Map<String, FormField> fields) {
        String bare = INDEX.matcher(path).replaceAll("");
        FormField best = null;
        int bestLength = -1;
        for (Map.Entry<String, FormField> entry : fields.entrySet()) {
            String key = entry.getKey();
            if ((bare.equals(key) || bare.startsWith(key + ".")) && key.length() > bestLength) {
                best = entry.getValue();
                bestLength = key.length();
            }
        }
        return best;
    }

    private static String summary(String service, int status, JsonNode problem, int errors) {
        String type = problem.path("type").asText("");
        // Validation problems' detail counts fields in the API's terms; the list below says which.
        boolean aboutFields = type.endsWith("validation-failed") || type.endsWith("invalid-field-type")
                || type.endsWith("unknown-field");
        if (aboutFields && errors > 0) {
            return errors == 1 ? "1 answer needs changing." : errors + " answers need changing.";
        }
        String detail = problem.hasNonNull("detail") ? problem.get("detail").asText()
                : problem.hasNonNull("title") ? problem.get("title").asText() : null;
        String said = detail == null ? "" : " " + asSentence(detail);
        return switch (status) {
            case 400 -> "The " + service + " could not read what was sent." + said;
            case 403 -> "Your role may not do this." + said;
            case 404 -> "The " + service + " does not know the record named." + said;
            case 409 -> "This conflicts with what is already recorded." + said;
            // A refusal's detail joins its reasons, which the list below shows one by one.
            case 422 -> errors > 0 ? "The " + service + " refused it, for the reasons below."
                    : detail == null ? "The " + service + " refused it." : asSentence(detail);
            default -> status >= 500 ? "The " + service + " could not record it now; nothing was saved, try again."
                    : "The " + service + " refused it (status " + status + ")." + said;
        };
    }

    /** A field's message as a sentence about its label. */
    static String sentence(String label, String message) {
        String subject = label.isEmpty() ? "This" : capitalise(label);
        if (message.isEmpty()) {
            return subject + " is not accepted.";
        }
        if (!PREDICATE.matcher(message).lookingAt()) {
            return asSentence(message); // a rule's own explanation ("verbal consent needs notes ..."), a sentence already
        }
        Matcher size = SIZE.matcher(message);
        if (size.matches()) {
            return "0".equals(size.group(1)) ? subject + " is too long: at most " + size.group(2) + " (characters or entries)."
                    : subject + " must have between " + size.group(1) + " and " + size.group(2) + " (characters or entries).";
        }
        Matcher min = MIN.matcher(message);
        if (min.matches()) {
            return subject + " must be at least " + min.group(1) + ".";
        }
        Matcher max = MAX.matcher(message);
        if (max.matches()) {
            return subject + " must be at most " + max.group(1) + ".";
        }
        return switch (message) {
            case "must not be blank", "must not be null", "must not be empty" -> subject + " is required.";
            case "must be a well-formed email address" -> subject + " must be an e-mail address, like name@example.org.";
            case "must be a past date" -> subject + " must be in the past.";
            case "must be a date in the past or in the present" -> subject + " cannot be in the future.";
            case "must be a future date" -> subject + " must be in the future.";
            case "has the wrong type or format" -> subject + " is not in a form the service can read; check it.";
            case "is not a field of this request" -> subject + " is not something this form can send.";
            default -> message.startsWith("must match") ? subject + " is not in the expected format."
                    : subject + " " + message + (message.endsWith(".") ? "" : ".");
        };
    }

    /** {@code capture.takenAt} reads {@code capture taken at}. */
    static String words(String path) {
        String bare = INDEX.matcher(path).replaceAll("");
        return bare.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String asSentence(String text) {
        String trimmed = capitalise(text.trim());
        return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
    }
}
