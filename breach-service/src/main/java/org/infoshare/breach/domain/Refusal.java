package org.infoshare.breach.domain;

/**
 * Why a rule refuses a step: because of where the breach stands (it must change first), or because
 * of what the caller sent (the caller must send something else).
 */
public record Refusal(Cause cause, String detail) {

    public enum Cause { STATE, INPUT }

    public static Refusal state(String detail) {
        return new Refusal(Cause.STATE, detail);
    }

    public static Refusal input(String detail) {
        return new Refusal(Cause.INPUT, detail);
    }
}
