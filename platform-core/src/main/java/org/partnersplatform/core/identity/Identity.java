package org.partnersplatform.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member's account on one source, unique by ({@code source}, {@code sourceUserId}). When the source gives no account
 * id, the key is {@code username:<lower-cased username>}, else {@code email:<lower-cased email>} (git).
 */
@MappedEntity("identity")
public record Identity(@Id @GeneratedValue @Nullable Long id, Long memberId, String source, String sourceUserId,
                       @Nullable String username, @Nullable String displayName, @Nullable String email,
                       @Nullable String profileUrl, boolean bot, Instant createdAt) {

    /** The domain of GitHub's no-reply addresses, which stand for an account rather than a mailbox. */
    public static final String GITHUB_NO_REPLY_DOMAIN = "users.noreply.github.com";

    private static final String LOGIN = "([a-z0-9](?:[a-z0-9-]{0,38}))";
    private static final Pattern NO_REPLY = Pattern.compile("(?:\\d+\\+)?" + LOGIN + "@"
            + Pattern.quote(GITHUB_NO_REPLY_DOMAIN));
    private static final Pattern PROFILE = Pattern.compile("https?://(?:www\\.)?github\\.com/" + LOGIN + "/?");

    /** The GitHub account this identity stands for, lower-cased, when its email or profile names one. */
    public Optional<String> gitHubLogin() {
        return gitHubLogin(email, profileUrl);
    }

    /**
     * The GitHub account an email or profile URL stands for, lower-cased: {@code 12345+login@users.noreply.github.com}
     * and {@code login@users.noreply.github.com} (the two no-reply forms GitHub gives out) and
     * {@code https://github.com/login} all mean the account {@code login}.
     */
    public static Optional<String> gitHubLogin(@Nullable String email, @Nullable String profileUrl) {
        return match(NO_REPLY, email).or(() -> match(PROFILE, profileUrl));
    }

    private static Optional<String> match(Pattern pattern, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(value.strip().toLowerCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
