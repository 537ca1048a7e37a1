package org.partnersplatform.api.http;

import java.net.URI;
import java.util.regex.Pattern;

/** Hides credentials in what is logged. */
final class Redaction {

    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&](?:[a-z0-9_.-]*(?:key|token|secret|password|signature|auth)[a-z0-9_.-]*)=)[^&]*");

    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");

    private Redaction() {
    }

    /**
     * The URI with its user-info ({@code user:password@}) and the values of credential-like query parameters
     * replaced by {@code ***}.
     */
    static String redactQuery(URI uri) {
        String withoutUser = USER_INFO.matcher(uri.toString()).replaceFirst("$1***@");
        return SECRET_PARAMETER.matcher(withoutUser).replaceAll("$1***");
    }

    /** Only the URI's scheme, host and port, followed by {@code /***}: for a URI whose path is a credential. */
    static String originOnly(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/***";
    }
}
