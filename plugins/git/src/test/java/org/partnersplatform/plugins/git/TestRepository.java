package org.partnersplatform.plugins.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Builds a real repository with JGit, commit by commit, with chosen authors and dates (committer = author, so the
 * walk's commit-time order agrees with the history).
 */
final class TestRepository implements AutoCloseable {

    private static final ZoneId ZONE = ZoneId.of("Europe/Prague");

    private final Git git;
    private final Path directory;
    private int files;

    private TestRepository(Git git, Path directory) {
        this.git = git;
        this.directory = directory;
    }

    static TestRepository init(Path directory) {
        try {
            return new TestRepository(Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call(),
                    directory);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    Path directory() {
        return directory;
    }

    /** A commit on the current branch that adds one file. */
    RevCommit commit(String name, String email, String date, String message) {
        try {
            Path file = directory.resolve("file-" + ++files + ".txt");
            Files.writeString(file, message);
            git.add().addFilepattern(file.getFileName().toString()).call();
            PersonIdent person = new PersonIdent(name, email, Instant.parse(date), ZONE);
            return git.commit().setMessage(message).setAuthor(person).setCommitter(person).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates {@code branch} at the current commit and checks it out. */
    void branch(String branch) {
        try {
            git.checkout().setCreateBranch(true).setName(branch).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    void checkout(String branch) {
        try {
            git.checkout().setName(branch).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A merge commit (never a fast-forward) of {@code branch} into the current branch. */
    RevCommit merge(String branch, String name, String email, String date) {
        try {
            git.merge().include(git.getRepository().resolve(branch)).setCommit(false)
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF).call();
            PersonIdent person = new PersonIdent(name, email, Instant.parse(date), ZONE);
            return git.commit().setMessage("Merge branch '" + branch + "'").setAuthor(person).setCommitter(person)
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
