package org.partnersplatform.plugins.git;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.source.ActivityRecord;
import org.slf4j.Logger;

/**
 * One sync run over a repository: the commits reachable from the branch and not from the checkpoint, oldest first
 * (reverse topological order, so every commit comes after its parents), in pages of {@code pageSize} commits.
 *
 * <p>The checkpoint is exact because of that order. After any prefix of the walk, the processed commits (those walked
 * plus those the checkpoint already excluded) are closed under ancestors, so the set is represented exactly by its
 * heads: the processed commits none of whose children were processed. The token is those heads' SHAs, sorted and
 * comma-separated. Resuming marks them uninteresting in a new walk, which excludes exactly their ancestors, that is
 * the processed set: no holes, no duplicates, and a run after new commits reads only the new ones. Once the walk is
 * complete the heads are replaced by the branch tip, which stands for everything reachable from it. A head that no
 * longer exists (history rewritten and collected) is ignored with a WARN; the run then reads that history again and
 * the core, which stores activities by item id, updates rather than duplicates. A page may walk more than {@code
 * pageSize} commits when a very wide history would otherwise make the token longer than {@link Checkpoint#MAX_LENGTH}.
 */
final class GitSession implements PagedSession<ActivityRecord> {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final int TOKEN_CHARS_PER_HEAD = 41;

    private final GitSourceConfig config;
    private final Logger log;
    private Repository repository;
    private RevWalk walk;
    private List<RevCommit> commits;
    private ObjectId tip;
    private int emitted;
    private int merges;
    private final Map<String, Position> positions = new HashMap<>();

    /** Where a returned checkpoint stands in this session's walk: the next commit to read and the heads up to it. */
    private record Position(int index, SortedSet<String> heads) {
    }

    GitSession(GitSourceConfig config, SourceContext context) {
        this.config = config;
        this.log = context.logger();
    }

    @Override
    public Page<ActivityRecord> fetch(Checkpoint from) {
        try {
            Position position = positions.get(from.token());
            if (position == null) {
                position = walkFrom(from);
            }
            return page(position);
        } catch (IOException e) {
            throw new TemporarilyUnavailableException("cannot read the git repository " + config.repositoryName()
                    + " at " + config.path() + ": " + e.getMessage(), e);
        }
    }

    /** Computes the session's walk once; later pages are read from it by the checkpoints this session returned. */
    private Position walkFrom(Checkpoint from) throws IOException {
        openRepository();
        tip = resolveBranch();
        if (walk != null) {
            walk.close();
        }
        walk = new RevWalk(repository);
        walk.setRetainBody(false);
        walk.sort(RevSort.TOPO, true);
        walk.sort(RevSort.REVERSE, true);
        walk.markStart(walk.parseCommit(tip));
        SortedSet<String> heads = new TreeSet<>();
        for (String sha : parseHeads(from)) {
            try {
                walk.markUninteresting(walk.parseCommit(ObjectId.fromString(sha)));
                heads.add(sha);
            } catch (MissingObjectException | IncorrectObjectTypeException e) {
                log.warn("Git {}: the checkpoint's commit {} is no longer in the repository (history rewritten?); "
                        + "reading the history it covered again", config.repositoryName(), sha);
            }
        }
        commits = new ArrayList<>();
        for (RevCommit commit : walk) {
            commits.add(commit);
        }
        emitted = 0;
        merges = 0;
        positions.clear();
        Position start = new Position(0, heads);
        positions.put(from.token(), start);
        log.info("Git {}: {} commits to read on {} from {}", config.repositoryName(), commits.size(), config.branch(),
                from.isStart() ? "the beginning" : heads.size() + " checkpoint heads");
        return start;
    }

    private Page<ActivityRecord> page(Position position) throws IOException {
        List<ActivityRecord> items = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        SortedSet<String> heads = new TreeSet<>(position.heads());
        int index = position.index();
        int pageEnd = Math.min(index + config.pageSize(), commits.size());
        while (index < pageEnd || (index < commits.size() && tokenLength(heads) > Checkpoint.MAX_LENGTH)) {
            RevCommit commit = commits.get(index++);
            for (RevCommit parent : commit.getParents()) {
                heads.remove(parent.getName());
            }
            heads.add(commit.getName());
            if (commit.getParentCount() > 1) {
                merges++;
                continue;
            }
            walk.parseBody(commit);
            GitSource.Mapped mapped = GitSource.toActivity(commit, config);
            mapped.record().ifPresent(items::add);
            mapped.rejected().ifPresent(rejected::add);
            commit.disposeBody();
        }
        emitted += items.size();
        boolean hasMore = index < commits.size();
        if (!hasMore) {
            heads = new TreeSet<>(Set.of(tip.getName()));
            log.info("Git {}: read {} commits on {}, emitted {}, skipped {} merges", config.repositoryName(),
                    commits.size(), config.branch(), emitted, merges);
        }
        Checkpoint next = Checkpoint.of(String.join(",", heads));
        positions.put(next.token(), new Position(index, heads));
        log.debug("Git {}: page of {} commits up to {} of {}", config.repositoryName(), items.size(), index,
                commits.size());
        return new Page<>(items, rejected, next, hasMore);
    }

    private void openRepository() throws IOException {
        if (repository != null) {
            return;
        }
        File gitDir = GitSourceConfig.gitDirectory(config.path()).orElseThrow(() -> new InvalidConfigurationException(
                new ConfigProblem(GitSourceConfig.PATH, "is not a git repository (neither a clone nor a bare mirror)")));
        repository = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
    }

    private ObjectId resolveBranch() throws IOException {
        ObjectId resolved;
        try {
            resolved = repository.resolve(config.branch() + "^{commit}");
        } catch (RevisionSyntaxException | AmbiguousObjectException | IncorrectObjectTypeException e) {
            resolved = null;
        }
        if (resolved == null) {
            throw new InvalidConfigurationException(new ConfigProblem(GitSourceConfig.BRANCH,
                    "names no branch with commits in the repository " + config.repositoryName()
                            + "; use HEAD, a branch name such as main, or a full ref such as refs/heads/main"));
        }
        return resolved;
    }

    private static List<String> parseHeads(Checkpoint from) {
        if (from.isStart()) {
            return List.of();
        }
        List<String> heads = List.of(from.token().split(","));
        for (String head : heads) {
            if (!SHA.matcher(head).matches()) {
                throw new MalformedDataException("the git checkpoint is not a list of commit SHAs: "
                        + from.token());
            }
        }
        return heads;
    }

    private static int tokenLength(Set<String> heads) {
        return heads.size() * TOKEN_CHARS_PER_HEAD - 1;
    }

    @Override
    public void close() {
        if (walk != null) {
            walk.close();
        }
        if (repository != null) {
            repository.close();
        }
    }
}
