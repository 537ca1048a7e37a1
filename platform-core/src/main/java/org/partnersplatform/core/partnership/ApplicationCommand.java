package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnersplatform.core.InvalidRequestException;

/**
 * What an applicant sends: an existing organization's slug or the name of one the platform does not know yet, a
 * contact, why the organization wants to be a partner, and its team (1 to 50 people, by name and email).
 */
public record ApplicationCommand(@Nullable String organization, @Nullable String organizationName,
                                 @Nullable String contactName, @Nullable String contactEmail,
                                 @Nullable String motivation, @Nullable List<TeamMember> members) {

    static final int MAX_MEMBERS = 50;
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 320;
    private static final int MAX_MOTIVATION = 5000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A person on the organization's team. */
    public record TeamMember(@Nullable String name, @Nullable String email) {
    }

    /**
     * The command trimmed, emails lower-cased, blanks as {@code null}.
     *
     * @throws InvalidRequestException naming each field that is wrong
     */
    ApplicationCommand validated() {
        Map<String, String> problems = new LinkedHashMap<>();
        String slug = blankToNull(organization);
        String name = blankToNull(organizationName);
        if ((slug == null) == (name == null)) {
            problems.put("organization", "give exactly one of organization (an existing organization's slug) or"
                    + " organizationName (an organization the platform does not know yet)");
        } else if (name != null && (name.length() > MAX_NAME || !name.chars().anyMatch(Character::isLetterOrDigit))) {
            problems.put("organizationName", "is a name with a letter or digit, at most " + MAX_NAME + " characters");
        }
        String contact = name("contactName", contactName, problems);
        String email = email("contactEmail", contactEmail, problems);
        String why = blankToNull(motivation);
        if (why == null || why.length() > MAX_MOTIVATION) {
            problems.put("motivation", "is required, at most " + MAX_MOTIVATION + " characters");
        }
        List<TeamMember> team = members == null ? List.of() : members;
        if (team.isEmpty() || team.size() > MAX_MEMBERS) {
            problems.put("members", "lists 1 to " + MAX_MEMBERS + " team members, not " + team.size());
        }
        List<TeamMember> validTeam = new ArrayList<>();
        for (int i = 0; i < team.size() && i < MAX_MEMBERS; i++) {
            TeamMember member = team.get(i) == null ? new TeamMember(null, null) : team.get(i);
            validTeam.add(new TeamMember(name("members[" + i + "].name", member.name(), problems),
                    email("members[" + i + "].email", member.email(), problems)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the application is not valid", problems);
        }
        return new ApplicationCommand(slug == null ? null : slug.toLowerCase(Locale.ROOT), name, contact, email, why,
                List.copyOf(validTeam));
    }

    private static String name(String field, @Nullable String value, Map<String, String> problems) {
        String stripped = blankToNull(value);
        if (stripped == null || stripped.length() > MAX_NAME) {
            problems.put(field, "is required, at most " + MAX_NAME + " characters");
        }
        return stripped;
    }

    private static String email(String field, @Nullable String value, Map<String, String> problems) {
        String stripped = blankToNull(value);
        if (stripped == null || stripped.length() > MAX_EMAIL || !EMAIL.matcher(stripped).matches()) {
            problems.put(field, "is an email address such as name@example.com");
            return stripped;
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
