package org.partnersplatform.web.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.access.AccessConfiguration;
import org.partnersplatform.core.access.AccountService;

/**
 * Issues the sign-in cookie's token: an opaque session token kept (hashed) in the database rather than a
 * self-contained JWT, so that any node accepts it and signing out really ends it. There are no refresh tokens.
 */
@Singleton
class SessionTokenIssuer implements AccessRefreshTokenGenerator {

    private final AccountService accounts;
    private final int lifetimeSeconds;

    SessionTokenIssuer(AccountService accounts, AccessConfiguration configuration) {
        this.accounts = accounts;
        this.lifetimeSeconds = Math.toIntExact(configuration.sessionLifetime().toSeconds());
    }

    @Override
    public Optional<AccessRefreshToken> generate(Authentication authentication) {
        return Optional.of(new AccessRefreshToken(accounts.openSession(authentication.getName()), null, "Bearer",
                lifetimeSeconds));
    }

    @Override
    public Optional<String> generateRefreshToken(Authentication authentication) {
        return Optional.empty();
    }

    @Override
    public Optional<AccessRefreshToken> generate(String refreshToken, Map<String, ?> oldClaims) {
        return Optional.empty();
    }

    @Override
    public Optional<AccessRefreshToken> generate(String refreshToken, Authentication authentication) {
        return Optional.empty();
    }
}
