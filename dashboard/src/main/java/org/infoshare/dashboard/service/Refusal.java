package org.infoshare.dashboard.service;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a service did not record what a form sent, in words: a summary, the problems of named fields
 * (shown next to each field and linked from the summary), the problems of no field, and the policy
 * rules that refused it. {@link #NONE} for a form not yet sent.
 */
@io.quarkus.qute.TemplateData
public record Refusal(int status, String summary, List<FieldProblem> fields, List<String> general,
                      List<String> rules) {

    public static final Refusal NONE = new Refusal(0, null, List.of(), List.of(), List.of());

    public Refusal {
        fields = List.copyOf(fields);
        general = List.copyOf(general);
        rules = List.copyOf(rules);
    }

    /** A problem found before sending (the request cannot be built), about one field. */
    public static Refusal of(FormField field, String message) {
        return new Refusal(422, "1 answer needs changing.", List.of(new FieldProblem(field.name(), field.label(), message)),
                List.of(), List.of());
    }

    public boolean refused() {
        return summary != null;
    }

    /** The whole refusal as one text, for a form that shows it in one place rather than beside fields. */
    public String inWords() {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(summary);
        fields.forEach(field -> parts.add(field.message()));
        parts.addAll(general);
        if (!rules.isEmpty()) {
            parts.add("Policy rules: " + String.join(", ", rules) + ".");
        }
        return String.join(" ", parts);
    }

    /** Whether the named field has a problem. */
    public boolean has(String name) {
        return fields.stream().anyMatch(f -> f.name().equals(name));
    }

    /** The named field's problems, as one text. */
    public String of(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(FieldProblem::message).distinct()
                .collect(Collectors.joining(" "));
    }

    /** One field's problem: the input's id, its label and what to change. */
    @io.quarkus.qute.TemplateData
    public record FieldProblem(String name, String label, String message) {
    }
}
