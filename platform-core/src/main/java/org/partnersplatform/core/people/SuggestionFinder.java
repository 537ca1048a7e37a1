package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.core.identity.Identity;

/**
 * Finds pairs of members that may be one person from what their identities say, without touching the database. Each
 * kind of evidence groups identities by a key (a username, a normalised name, an email's local part), so the work
 * grows with the number of identities, not with the number of pairs of members. A key shared by more than
 * {@value #MAX_GROUP} members says nothing about any of them (a common name, a generic address) and is ignored.
 */
public final class SuggestionFinder {

    /** The most members one key may join; more means the key is too common to suggest anything. */
    static final int MAX_GROUP = 10;

    private static final Set<String> GENERIC_LOCAL_PARTS = Set.of("info", "admin", "contact", "dev", "git",
            "noreply", "no-reply", "root", "support", "hello", "mail", "team", "office", "webmaster", "postmaster");
    private static final int MIN_USERNAME = 3;
    private static final int MIN_LOCAL_PART = 4;

    private SuggestionFinder() {
    }

    /** An identity of an active member that is not a bot: what the finder reads. */
    public record Candidate(long memberId, String source, @Nullable String username, @Nullable String displayName,
                            @Nullable String email, @Nullable String profileUrl) {
    }

    /** A pair of members ({@code memberAId < memberBId}) with every reason found and the highest confidence. */
    public record Found(long memberAId, long memberBId, String reason, BigDecimal confidence) {
    }

    /** Why two members may be one person, most convincing first. */
    enum Evidence {
        SAME_EMAIL("same email", "0.90"),
        SAME_GITHUB_ACCOUNT("same GitHub account", "0.90"),
        SAME_USERNAME("same username on different sources", "0.80"),
        SAME_NAME("same full name", "0.70"),
        SIMILAR_EMAILS("similar emails", "0.60");

        final String reason;
        final BigDecimal confidence;

        Evidence(String reason, String confidence) {
            this.reason = reason;
            this.confidence = new BigDecimal(confidence);
        }
    }

    /** The pairs the candidates suggest, ordered by their member ids. */
    public static List<Found> find(Collection<Candidate> candidates) {
        Map<Pair, EnumSet<Evidence>> found = new HashMap<>();
        group(candidates, Evidence.SAME_EMAIL, c -> canonicalEmail(c).filter(e -> !e.startsWith("github:")),
                (a, b) -> true, found);
        group(candidates, Evidence.SAME_GITHUB_ACCOUNT, c -> Identity.gitHubLogin(c.email(), c.profileUrl()),
                (a, b) -> true, found);
        group(candidates, Evidence.SAME_USERNAME, SuggestionFinder::usernameKey,
                (a, b) -> !a.source().equals(b.source()), found);
        group(candidates, Evidence.SAME_NAME, c -> normalisedName(c.displayName()), (a, b) -> true, found);
        group(candidates, Evidence.SIMILAR_EMAILS, SuggestionFinder::localPartKey,
                (a, b) -> !canonicalEmail(a).equals(canonicalEmail(b)), found);
        return found.entrySet().stream()
                .map(e -> new Found(e.getKey().a(), e.getKey().b(),
                        e.getValue().stream().map(v -> v.reason).collect(Collectors.joining("; ")),
                        e.getValue().iterator().next().confidence))
                .sorted(Comparator.comparingLong(Found::memberAId).thenComparingLong(Found::memberBId))
                .toList();
    }

    private static void group(Collection<Candidate> candidates, Evidence evidence,
                              Function<Candidate, Optional<String>> key, BiPredicate<Candidate, Candidate> counts,
                              Map<Pair, EnumSet<Evidence>> found) {
        Map<String, List<Candidate>> groups = new HashMap<>();
        for (Candidate candidate : candidates) {
            key.apply(candidate).ifPresent(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(candidate));
        }
        for (List<Candidate> group : groups.values()) {
            Set<Long> members = new LinkedHashSet<>();
            group.forEach(c -> members.add(c.memberId()));
            if (members.size() < 2 || members.size() > MAX_GROUP) {
                continue;
            }
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Candidate a = group.get(i);
                    Candidate b = group.get(j);
                    if (a.memberId() != b.memberId() && counts.test(a, b)) {
                        found.computeIfAbsent(Pair.of(a.memberId(), b.memberId()),
                                p -> EnumSet.noneOf(Evidence.class)).add(evidence);
                    }
                }
            }
        }
    }

    /** A name with accents removed, lower-cased, punctuation as spaces; only a name of two words or more. */
    private static Optional<String> normalisedName(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
        return plain.split(" ").length >= 2 ? Optional.of(plain) : Optional.empty();
    }

    private static Optional<String> usernameKey(Candidate candidate) {
        if (candidate.username() == null) {
            return Optional.empty();
        }
        String username = candidate.username().strip().toLowerCase(Locale.ROOT);
        return username.length() >= MIN_USERNAME ? Optional.of(username) : Optional.empty();
    }

    /** An email lower-cased; a GitHub no-reply address or profile as {@code github:login}, the account it means. */
    private static Optional<String> canonicalEmail(Candidate candidate) {
        Optional<String> login = Identity.gitHubLogin(candidate.email(), null);
        if (login.isPresent()) {
            return Optional.of("github:" + login.get());
        }
        return Optional.ofNullable(candidate.email()).map(e -> e.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The part of an email before the {@code @} without dots and {@code +tag}, or the login of a GitHub no-reply
     * address; only when long enough and not a generic mailbox.
     */
    private static Optional<String> localPartKey(Candidate candidate) {
        Optional<String> login = Identity.gitHubLogin(candidate.email(), null);
        String local;
        if (login.isPresent()) {
            local = login.get();
        } else if (candidate.email() != null && candidate.email().indexOf('@') > 0) {
            String email = candidate.email().strip().toLowerCase(Locale.ROOT);
            local = email.substring(0, email.indexOf('@'));
            int tag = local.indexOf('+');
            local = (tag >= 0 ? local.substring(0, tag) : local).replace(".", "");
        } else {
            return Optional.empty();
        }
        return local.length() >= MIN_LOCAL_PART && !GENERIC_LOCAL_PARTS.contains(local)
                ? Optional.of(local) : Optional.empty();
    }

    private record Pair(long a, long b) {

        static Pair of(long x, long y) {
            return new Pair(Math.min(x, y), Math.max(x, y));
        }
    }
}
