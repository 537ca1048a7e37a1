package org.partnersplatform.core.policy;

import java.util.List;

/** A policy file that cannot be used: each problem names the key ({@code scoring.types[2].weight}) and what is wrong. */
public class InvalidPolicyException extends RuntimeException {

    private final List<String> problems;

    public InvalidPolicyException(String origin, List<String> problems) {
        super("the policy " + origin + " is not valid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
