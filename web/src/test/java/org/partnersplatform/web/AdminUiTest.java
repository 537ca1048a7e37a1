package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/** The admin area as an administrator uses it: sign in, install a source through its generated form, sync it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUiTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anAdministratorInstallsAndSyncsASourceThroughTheForms() throws Exception {
        Api api = new Api(client.toBlocking());
        Api.Answer wrong = api.send(form("/login", Map.of("username", "admin", "password", "nope")));
        assertEquals(303, wrong.status());
        assertTrue(wrong.header("Location").endsWith("/login?error=true"), wrong.header("Location"));

        Api.Answer login = api.send(form("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD)));
        assertEquals(303, login.status());
        String setCookie = login.header("Set-Cookie");
        assertTrue(setCookie.contains("Max-Age=43200") && setCookie.contains("HTTPOnly")
                && setCookie.contains("SameSite=Strict"), setCookie);
        String cookie = setCookie.split(";")[0];

        Api.Answer plugins = api.send(page("/admin/plugins", cookie));
        assertEquals(200, plugins.status());
        assertTrue(plugins.body().contains("org.partnersplatform.git") && plugins.body().contains("STARTED"));

        Api.Answer newForm = api.send(page("/admin/installations/new?source=org.partnersplatform.git", cookie));
        assertEquals(200, newForm.status());
        assertTrue(newForm.body().contains("name=\"config.path\""), "the form is generated from the schema");
        assertTrue(newForm.body().contains("name=\"createProvisionalOrgs\" value=\"true\" checked"),
                "git creates provisional organizations by default, and the form says so");

        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("source", "org.partnersplatform.git");
        invalid.put("name", "Broken");
        invalid.put("config.path", "/no/such/repository");
        Api.Answer refused = api.send(form("/admin/installations", invalid).header("Cookie", cookie));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("is not an existing directory on the host"), refused.body());

        Path repository = Files.createDirectories(dataDir.resolve("ui-repo"));
        try (Git git = Git.init().setDirectory(repository.toFile()).call()) {
            Files.writeString(repository.resolve("README"), "hello\n");
            git.add().addFilepattern("README").call();
            git.commit().setAuthor("Ada", "ada@acme.example").setCommitter("Ada", "ada@acme.example")
                    .setMessage("First").call();
        }
        Map<String, String> valid = new LinkedHashMap<>(invalid);
        valid.put("name", "UI repository");
        valid.put("config.path", repository.toString());
        Api.Answer created = api.send(form("/admin/installations", valid).header("Cookie", cookie));
        assertEquals(303, created.status(), created.body());
        String detail = created.header("Location");

        Api.Answer sync = api.send(form(detail + "/sync", Map.of()).header("Cookie", cookie));
        assertEquals(303, sync.status());
        String runPage = sync.header("Location");
        long deadline = System.currentTimeMillis() + 30_000;
        Api.Answer run = api.send(page(runPage, cookie));
        while (!run.body().contains("SUCCEEDED") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            run = api.send(page(runPage, cookie));
        }
        assertTrue(run.body().contains("SUCCEEDED"), run.body());
        assertTrue(api.send(page(detail, cookie)).body().contains("UI repository"));

        Api.Answer logout = api.send(form("/logout", Map.of()).header("Cookie", cookie));
        assertEquals(303, logout.status());
        Api.Answer after = api.send(page("/admin", cookie));
        assertEquals(303, after.status(), "signing out ends the session on the server");
    }

    /** What a browser sends as Accept with a page or form request. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static MutableHttpRequest<?> form(String uri, Map<String, String> fields) {
        return HttpRequest.POST(uri, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Accept", BROWSER_ACCEPT);
    }

    private static MutableHttpRequest<?> page(String uri, String cookie) {
        return HttpRequest.GET(uri).header("Accept", BROWSER_ACCEPT).header("Cookie", cookie);
    }
}
