package org.partnersplatform.web.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.partnersplatform.web.support.Api;

/** A small community on a real git history, installed and synced through the API like an administrator would. */
public final class GitCommunity {

    private GitCommunity() {
    }

    /**
     * Commits {@code "Name|email|instant"} lines into a new repository under {@code dir}, installs it as the git
     * source and syncs it to the end.
     */
    public static void sync(Api api, Path dir, String name, List<String> commits) throws Exception {
        Path repository = Files.createDirectories(dir.resolve(name));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            for (String line : commits) {
                String[] f = line.split("\\|");
                PersonIdent author = new PersonIdent(f[0], f[1], Date.from(Instant.parse(f[2])),
                        TimeZone.getTimeZone("UTC"));
                Files.writeString(repository.resolve("work.txt"), line + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                git.add().addFilepattern(".").call();
                git.commit().setAuthor(author).setCommitter(author).setMessage("Work of " + f[2]).call();
            }
        }
        Map<String, Object> installation = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.git", "name", name,
                        "config", Map.of("path", repository.toString(), "branch", "main")))));
        Map<String, Object> run = api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/installations/" + installation.get("id") + "/syncs", "")));
        Map<String, Object> done = api.await("/api/v1/syncs/" + run.get("id"), r -> r.get("finishedAt") != null);
        assertEquals("SUCCEEDED", done.get("status"), done.toString());
        assertEquals(commits.size(), done.get("created"));
    }
}
