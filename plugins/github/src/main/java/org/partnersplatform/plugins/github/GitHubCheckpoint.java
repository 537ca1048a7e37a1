package org.partnersplatform.plugins.github;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;

/**
 * A position in a pass over the installation's repositories, encoded as a query string ({@code v=1&since=...}).
 * A pass reads, for each repository in turn, each stream ({@link Stream}) of items updated at or after {@code since}
 * (the start of the previous complete pass). Within a stream the position is a high-water mark: the greatest
 * {@code updated_at} read and the ids read at exactly that instant; {@code page} is the path of the last list page
 * read, a hint that spares re-reading the pages before it. A checkpoint with {@code repository} empty is a completed
 * pass: the next run starts a new one.
 *
 * @param since the lower bound of this pass, or empty for all history
 * @param passStart when this pass started (minus a margin for clock skew): the next pass's {@code since}
 * @param repositoryIndex the repository being read, as an index in the session's list
 * @param repository that repository's name, to find it again if the list changed; empty for a completed pass
 * @param stream the stream being read in that repository
 * @param highWater the greatest update time read in the stream, or empty before the first item
 * @param idsAtHighWater the ids of items read whose update time is exactly {@code highWater}
 * @param page the path of the last list page read, or empty at the start of the stream
 */
record GitHubCheckpoint(Optional<Instant> since, Instant passStart, int repositoryIndex, Optional<String> repository,
                        Stream stream, Optional<Instant> highWater, SortedSet<String> idsAtHighWater,
                        Optional<String> page) {

    /** The kinds of items read per repository, in this order. */
    enum Stream { PULLS, RELEASES, ISSUES, COMMENTS }

    GitHubCheckpoint {
        idsAtHighWater = new TreeSet<>(idsAtHighWater);
    }

    /** The start of a pass over items updated since {@code since}. */
    static GitHubCheckpoint startOfPass(Optional<Instant> since, Instant passStart) {
        return new GitHubCheckpoint(since, passStart, 0, Optional.empty(), Stream.PULLS, since, new TreeSet<>(),
                Optional.empty());
    }

    /** The start of {@code stream} in the repository at {@code index}, in this pass. */
    GitHubCheckpoint at(int index, String name, Stream streamToRead) {
        return new GitHubCheckpoint(since, passStart, index, Optional.of(name), streamToRead, since, new TreeSet<>(),
                Optional.empty());
    }

    /** The pass finished: the next run reads what was updated since it started. */
    GitHubCheckpoint completed() {
        return new GitHubCheckpoint(Optional.of(passStart), passStart, 0, Optional.empty(), Stream.PULLS,
                Optional.empty(), new TreeSet<>(), Optional.empty());
    }

    boolean isCompletedPass() {
        return repository.isEmpty();
    }

    /** Whether an item of this stream was already read in this pass, or is older than the pass. */
    boolean isRead(Instant updatedAt, String id) {
        if (highWater.isEmpty()) {
            return false;
        }
        int order = updatedAt.compareTo(highWater.get());
        return order < 0 || order == 0 && idsAtHighWater.contains(id);
    }

    /** This position after reading an item updated at {@code updatedAt}. */
    GitHubCheckpoint after(Instant updatedAt, String id) {
        if (highWater.isPresent() && updatedAt.isBefore(highWater.get())) {
            return this;
        }
        SortedSet<String> ids = highWater.filter(updatedAt::equals).isPresent()
                ? new TreeSet<>(idsAtHighWater) : new TreeSet<>();
        ids.add(id);
        return new GitHubCheckpoint(since, passStart, repositoryIndex, repository, stream, Optional.of(updatedAt),
                ids, page);
    }

    /** This position with the last list page read. */
    GitHubCheckpoint withPage(String pagePath) {
        return new GitHubCheckpoint(since, passStart, repositoryIndex, repository, stream, highWater, idsAtHighWater,
                Optional.of(pagePath));
    }

    /**
     * The token the core stores. When so many items share the high-water instant that their ids would not fit in
     * {@link Checkpoint#MAX_LENGTH}, the mark is moved just before that instant instead, without ids: a resume then
     * reads those items again (the core updates them in place) rather than skipping any.
     */
    Checkpoint toCheckpoint() {
        String token = encode();
        if (token.length() > Checkpoint.MAX_LENGTH && !idsAtHighWater.isEmpty()) {
            token = new GitHubCheckpoint(since, passStart, repositoryIndex, repository, stream,
                    highWater.map(h -> h.minusNanos(1)), new TreeSet<>(), page).encode();
        }
        return new Checkpoint(token);
    }

    private String encode() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("v", "1");
        since.ifPresent(s -> fields.put("since", s.toString()));
        fields.put("pass", passStart.toString());
        repository.ifPresent(name -> {
            fields.put("repo", String.valueOf(repositoryIndex));
            fields.put("name", name);
            fields.put("stream", stream.name().toLowerCase(Locale.ROOT));
            highWater.ifPresent(h -> fields.put("hw", h.toString()));
            if (!idsAtHighWater.isEmpty()) {
                fields.put("ids", String.join(",", idsAtHighWater));
            }
            page.ifPresent(p -> fields.put("page", p));
        });
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The position a token stands for; {@code null} for {@link Checkpoint#START}.
     *
     * @throws MalformedDataException when the token is not one this plugin wrote
     */
    static GitHubCheckpoint parse(Checkpoint checkpoint) {
        if (checkpoint.isStart()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : checkpoint.token().split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw malformed(checkpoint);
            }
            fields.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        if (!"1".equals(fields.get("v")) || !fields.containsKey("pass")) {
            throw malformed(checkpoint);
        }
        try {
            Optional<Instant> since = Optional.ofNullable(fields.get("since")).map(Instant::parse);
            Instant pass = Instant.parse(fields.get("pass"));
            if (!fields.containsKey("name")) {
                return new GitHubCheckpoint(since, pass, 0, Optional.empty(), Stream.PULLS, Optional.empty(),
                        new TreeSet<>(), Optional.empty());
            }
            SortedSet<String> ids = Optional.ofNullable(fields.get("ids"))
                    .map(s -> (SortedSet<String>) new TreeSet<>(Arrays.asList(s.split(","))))
                    .orElseGet(TreeSet::new);
            return new GitHubCheckpoint(since, pass, Integer.parseInt(fields.get("repo")),
                    Optional.of(fields.get("name")),
                    Stream.valueOf(fields.get("stream").toUpperCase(Locale.ROOT)),
                    Optional.ofNullable(fields.get("hw")).map(Instant::parse), ids,
                    Optional.ofNullable(fields.get("page")));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw malformed(checkpoint);
        }
    }

    private static MalformedDataException malformed(Checkpoint checkpoint) {
        return new MalformedDataException("the GitHub checkpoint was not written by this plugin version: "
                + checkpoint.token());
    }
}
