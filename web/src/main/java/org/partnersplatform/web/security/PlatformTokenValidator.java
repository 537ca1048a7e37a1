package org.partnersplatform.web.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import org.partnersplatform.core.access.AccountService;
import org.reactivestreams.Publisher;

/** Accepts a session token (cookie) or a bearer token (API automation) when the core knows it. */
@Singleton
class PlatformTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final AccountService accounts;

    PlatformTokenValidator(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return accounts.principalOf(token)
                .map(p -> Publishers.just(Authentication.build(p.username(), List.of(p.role().name()))))
                .orElseGet(Publishers::empty);
    }
}
