package org.partnersplatform.core.access;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signs people in and checks the tokens they present: sign-in sessions (kept hashed in the database, valid on every
 * node) and the configured administrator token for automation.
 */
@Singleton
public class AccountService {

    private static final String SESSION = "SESSION";

    private final AppUserRepository users;
    private final AuthTokenRepository tokens;
    private final PasswordHasher hasher;
    private final AccessConfiguration configuration;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccountService(AppUserRepository users, AuthTokenRepository tokens, PasswordHasher hasher,
                          AccessConfiguration configuration, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** The user, if the name and password match. */
    public Optional<PlatformPrincipal> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return users.findByUsername(username.strip())
                .filter(user -> hasher.matches(password, user.passwordHash()))
                .map(user -> new PlatformPrincipal(user.username(), user.role()));
    }

    /** Opens a sign-in session and returns its token, which is shown to nobody but the user's browser. */
    public String openSession(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no user " + username));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.deleteByExpiresAtLessThan(now);
        tokens.save(new AuthToken(null, sha256(token), user.id(), SESSION, now,
                now.plus(configuration.sessionLifetime())));
        return token;
    }

    /** Ends a session. */
    public void closeSession(String token) {
        tokens.deleteByTokenHash(sha256(token));
    }

    /** Who a bearer or session token belongs to, if it is valid. */
    public Optional<PlatformPrincipal> principalOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String adminToken = configuration.adminToken();
        if (adminToken != null && !adminToken.isBlank() && MessageDigest.isEqual(
                adminToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new PlatformPrincipal("api-admin", Role.ADMIN));
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(sha256(token))
                .filter(session -> session.expiresAt().isAfter(now))
                .flatMap(session -> users.findById(session.userId()))
                .map(user -> new PlatformPrincipal(user.username(), user.role()));
    }

    /** Creates a user; used for the bootstrap administrator. */
    public AppUser createUser(String username, String password, Role role) {
        return users.save(new AppUser(null, username, hasher.hash(password), role, clock.instant()));
    }

    /** Whether any user exists yet. */
    public boolean hasUsers() {
        return users.count() > 0;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
