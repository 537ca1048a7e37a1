package org.partnersplatform.api;

import java.util.List;
import java.util.stream.Collectors;
import org.partnersplatform.api.config.ConfigProblem;

/**
 * The configuration is wrong: a missing or malformed setting, or a credential or resource the remote service refuses
 * (401, 403, 404). Not retried; the run ends with this message, which names the settings to fix.
 */
public final class InvalidConfigurationException extends SourceException {

    private final List<ConfigProblem> problems;

    public InvalidConfigurationException(List<ConfigProblem> problems) {
        super(summary(problems), null);
        this.problems = List.copyOf(problems);
    }

    public InvalidConfigurationException(ConfigProblem problem) {
        this(List.of(problem));
    }

    /** The settings that are wrong, each with what is wrong with it. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String summary(List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration names at least one problem");
        }
        return problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; "));
    }
}
