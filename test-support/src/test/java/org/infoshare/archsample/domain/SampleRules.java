package org.infoshare.archsample.domain;

import org.infoshare.rules.RuleResult;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sample rules for ServiceArchitectureTest: each dialect issue 11 retired, beside the one result type. */
final class SampleRules {

    private SampleRules() {
    }

    /** Answers with the shared result type: allowed in each form. */
    public static final class GoodRule {
        public static Optional<RuleResult> check() {
            return Optional.empty();
        }

        public static List<RuleResult> problems() {
            return List.of();
        }

        public static RuleResult refusal() {
            return RuleResult.refuse("P0.1", "x");
        }

        /** A helper returning a value, not a verdict. */
        public static Instant cutoff() {
            return Instant.EPOCH;
        }

        /** Not public: not a rule's answer. */
        static List<String> internal() {
            return List.of();
        }
    }

    /** The id inside the text. */
    public static final class TextRule {
        public static List<String> problems() {
            return List.of("P0.1 no");
        }
    }

    /** A text verdict under another name. */
    public static final class OptionalTextRule {
        public static Optional<String> foreignReleases() {
            return Optional.empty();
        }
    }

    /** A verdict type of its own. */
    public record Refusal(String detail) {
    }

    public static final class OwnTypeRule {
        public static Optional<Refusal> problem() {
            return Optional.empty();
        }
    }

    /** A verdict method answering with something else. */
    public static final class FlagRule {
        public static boolean check() {
            return true;
        }
    }
}
