package org.infoshare.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small Dockerfile parser: known instructions only, backslash continuations, comment lines
 * (also inside a continuation, as Docker allows), no parser directives beyond `# syntax`. Enough
 * to check what the files copy and how they run without a Docker engine.
 */
record Dockerfile(List<Instruction> instructions) {

    static final Set<String> KNOWN = Set.of("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY",
            "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");

    record Instruction(int line, String keyword, String args) {
    }

    static Dockerfile parse(String text) {
        List<Instruction> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (current == null && trimmed.isEmpty())) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
                start = i + 1;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                out.add(instruction(start, current.toString().strip()));
                current = null;
            }
        }
        if (current != null) {
            throw new IllegalArgumentException("line " + start + ": the file ends inside a continuation");
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no instructions");
        }
        return new Dockerfile(List.copyOf(out));
    }

    private static Instruction instruction(int line, String text) {
        String[] parts = text.split("\\s+", 2);
        String keyword = parts[0].toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(keyword)) {
            throw new IllegalArgumentException("line " + line + ": unknown instruction '" + parts[0] + "'");
        }
        if (!parts[0].equals(keyword)) {
            throw new IllegalArgumentException("line " + line + ": write instructions in upper case: " + parts[0]);
        }
        if (parts.length < 2 || parts[1].isBlank()) {
            throw new IllegalArgumentException("line " + line + ": " + keyword + " without arguments");
        }
        return new Instruction(line, keyword, parts[1].strip());
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** COPY/ADD arguments without their --flags, JSON form or not: sources then destination. */
    static List<String> copyArguments(Instruction copy) {
        String args = copy.args();
        List<String> words = new ArrayList<>();
        if (args.startsWith("[")) {
            for (String w : args.substring(1, args.lastIndexOf(']')).split(",")) {
                words.add(w.strip().replaceAll("^\"|\"$", ""));
            }
        } else {
            for (String w : args.split("\\s+")) {
                words.add(w);
            }
        }
        words.removeIf(w -> w.startsWith("--"));
        if (words.size() < 2) {
            throw new IllegalArgumentException("line " + copy.line() + ": COPY needs a source and a destination");
        }
        return words;
    }
}
