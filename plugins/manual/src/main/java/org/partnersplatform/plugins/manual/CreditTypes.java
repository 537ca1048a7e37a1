package org.partnersplatform.plugins.manual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityType;

/**
 * The credit types an installation offers, one a line as {@code key | Label | weight}. Every credit is a contribution
 * that counts without an administrator's confirmation: the team lead who gives it already vouches for it, and the
 * record keeps who that was.
 */
final class CreditTypes {

    /** The setting that holds the lines. */
    static final String SETTING = "creditTypes";

    /** What an installation offers unless an administrator changes it. */
    static final String DEFAULT_LINES = String.join("\n",
            "talk_given | Talk given | 5",
            "sprint_led | Sprint led | 5",
            "event_organised | Event organised | 8",
            "mentoring | Mentoring | 3",
            "translation | Translation | 3",
            "proofreading | Proofreading | 2");

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_LABEL_LENGTH = 100;

    private CreditTypes() {
    }

    /** The default types, as the descriptor declares them. */
    static List<ActivityType> defaults() {
        return parse(DEFAULT_LINES.lines().toList());
    }

    /**
     * Reads the configured lines into types, in their order.
     *
     * @throws InvalidConfigurationException on {@value #SETTING}, one problem per bad line, quoting it
     */
    static List<ActivityType> parse(List<String> lines) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<ActivityType> types = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            String[] parts = stripped.split("\\|", -1);
            if (parts.length != 3) {
                problems.add(problem(stripped, "is not of the form 'key | Label | weight'"));
                continue;
            }
            String key = parts[0].strip();
            String label = parts[1].strip();
            String weightText = parts[2].strip();
            if (!KEY.matcher(key).matches()) {
                problems.add(problem(stripped, "the key '" + key
                        + "' is not snake_case (lower-case letters, digits and _, starting with a letter)"));
                continue;
            }
            if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
                problems.add(problem(stripped, "the label is empty or longer than " + MAX_LABEL_LENGTH + " characters"));
                continue;
            }
            BigDecimal weight;
            try {
                weight = new BigDecimal(weightText);
            } catch (NumberFormatException e) {
                problems.add(problem(stripped, "the weight '" + weightText + "' is not a number like 3 or 2.5"));
                continue;
            }
            if (weight.signum() < 0) {
                problems.add(problem(stripped, "the weight is negative; use 0 or more"));
                continue;
            }
            if (!keys.add(key)) {
                problems.add(problem(stripped, "the key '" + key + "' is declared twice"));
                continue;
            }
            types.add(new ActivityType(key, label, ActivityKind.CONTRIBUTION, weight, false));
        }
        if (problems.isEmpty() && types.isEmpty()) {
            problems.add(new ConfigProblem(SETTING, "declares no credit type; give at least one 'key | Label | weight' line"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return List.copyOf(types);
    }

    private static ConfigProblem problem(String line, String what) {
        return new ConfigProblem(SETTING, "line '" + line + "': " + what);
    }
}
