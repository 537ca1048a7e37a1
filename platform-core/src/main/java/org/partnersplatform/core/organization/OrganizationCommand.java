package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;

/**
 * What an administrator says about an organization: its name, website and country (ISO 3166-1 alpha-3). Website and
 * country may be left out.
 */
public record OrganizationCommand(@Nullable String name, @Nullable String website, @Nullable String country) {

    private static final int MAX_NAME = 200;
    private static final int MAX_WEBSITE = 500;

    /**
     * The command trimmed, the country upper-cased, blanks as {@code null}.
     *
     * @throws InvalidRequestException naming each field that is wrong
     */
    OrganizationCommand validated() {
        Map<String, String> problems = new LinkedHashMap<>();
        OrganizationCommand valid = validated(problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the organization is not valid", problems);
        }
        return valid;
    }

    /** The command trimmed, the country upper-cased, blanks as {@code null}; what is wrong goes to {@code problems}. */
    OrganizationCommand validated(Map<String, String> problems) {
        String validName = name(name, "name", problems);
        String validWebsite = blankToNull(website);
        if (validWebsite != null && !website(validWebsite)) {
            problems.put("website", "is an http(s) address of at most " + MAX_WEBSITE + " characters");
        }
        String validCountry = blankToNull(country);
        if (validCountry != null) {
            validCountry = validCountry.toUpperCase(Locale.ROOT);
            if (!Countries.known(validCountry)) {
                problems.put("country", "is an ISO 3166-1 alpha-3 code, e.g. DEU");
            }
        }
        return new OrganizationCommand(validName, validWebsite, validCountry);
    }

    /** A required organization name of at most 200 characters, trimmed; a problem is added under {@code field}. */
    static String name(@Nullable String value, String field, Map<String, String> problems) {
        String stripped = blankToNull(value);
        if (stripped == null || stripped.length() > MAX_NAME || OrganizationNames.normalise(stripped).isEmpty()) {
            problems.put(field, "is required: a name with a letter or digit, at most " + MAX_NAME + " characters");
        }
        return stripped;
    }

    private static boolean website(String value) {
        if (value.length() > MAX_WEBSITE) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
