package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/** The built-in notifier plugins, loaded from their real shaded jars, as the plugins API lists them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotifierPluginsApiTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    @SuppressWarnings("unchecked")
    private Map<String, Object> plugin(String id) {
        return (Map<String, Object>) client.toBlocking().retrieve(
                new Api(client.toBlocking()).asAdmin(HttpRequest.GET("/api/v1/plugins/" + id)), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEmailNotifierIsStartedWithItsSettingsAndThePasswordMarkedSecret() {
        Map<String, Object> email = plugin("org.partnersplatform.notify.email");

        assertEquals("STARTED", email.get("state"));
        assertEquals("Email", email.get("name"));
        assertEquals(List.of(), email.get("sources"));
        List<Map<String, Object>> notifiers = (List<Map<String, Object>>) email.get("notifiers");
        assertEquals("org.partnersplatform.notify.email", notifiers.get(0).get("id"));
        List<Map<String, Object>> schema = (List<Map<String, Object>>) notifiers.get(0).get("configSchema");
        assertEquals(List.of("host", "port", "security", "username", "password", "from", "to", "subjectPrefix"),
                schema.stream().map(field -> field.get("key")).toList());
        assertEquals(true, schema.get(4).get("secret"));
        assertEquals("starttls", schema.get(2).get("defaultValue"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebhookNotifierIsStartedWithItsUrlMarkedSecret() {
        Map<String, Object> webhook = plugin("org.partnersplatform.notify.webhook");

        assertEquals("STARTED", webhook.get("state"));
        List<Map<String, Object>> notifiers = (List<Map<String, Object>>) webhook.get("notifiers");
        Map<String, Object> url = ((List<Map<String, Object>>) notifiers.get(0).get("configSchema")).get(0);
        assertEquals("webhookUrl", url.get("key"));
        assertEquals("url", url.get("type"));
        assertTrue((Boolean) url.get("secret"));
    }
}
