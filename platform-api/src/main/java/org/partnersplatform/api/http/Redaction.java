package org.partnersplatform.api.http;

import java.net.URI;
import java.util.regex.Pattern;

/** Hides credentials in what is logged. */
final class Redaction {

    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&](?:[a-z_]*(?:key|token|secret|password|signature|auth)[a-z_]*)=)[^&]*");

    private Redaction() {
    }

    /** The URI with the values of credential-like query parameters replaced by {@code ***}. */
    static String redactQuery(URI uri) {
        return SECRET_PARAMETER.matcher(uri.toString()).replaceAll("$1***");
    }
}
