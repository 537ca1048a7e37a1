package org.partnersplatform.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static String redact(String uri) {
        return Redaction.redactQuery(URI.create(uri));
    }

    @Test
    void credentialParameterValueIsHiddenAndOthersKept() {
        assertEquals("https://api.example.org/items?api_key=***&page=2",
                redact("https://api.example.org/items?api_key=abc&page=2"));
    }

    @Test
    void credentialParameterAfterTheFirstIsHidden() {
        assertEquals("https://x.org/a?page=2&access_token=***&client_secret=***&sort=asc",
                redact("https://x.org/a?page=2&access_token=t0k&client_secret=s3c&sort=asc"));
    }

    @Test
    void parameterNamesAreMatchedIgnoringCase() {
        assertEquals("https://x.org/a?API_KEY=***&Password=***&sig_nature=1",
                redact("https://x.org/a?API_KEY=abc&Password=pw&sig_nature=1"));
    }

    @Test
    void hyphenatedOrDottedCredentialNamesAreHidden() {
        assertEquals("https://x.org/a?access-token=***&X-Amz-Signature=***&auth.key=***&page=1",
                redact("https://x.org/a?access-token=t0k&X-Amz-Signature=f00&auth.key=k&page=1"));
    }

    @Test
    void uriWithoutCredentialsIsUnchanged() {
        assertEquals("https://x.org/a?page=2&per_page=100", redact("https://x.org/a?page=2&per_page=100"));
    }

    @Test
    void userInfoInTheUrlIsHidden() {
        assertEquals("https://***@git.example.org/repo?page=1",
                redact("https://deploy:hunter2@git.example.org/repo?page=1"));
    }
}
