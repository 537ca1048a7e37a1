package org.partnersplatform.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.List;
import org.partnersplatform.core.access.AccountService;

/** Checks a username and password at sign-in, on the blocking executor (password hashing is deliberately slow). */
@Singleton
class PlatformAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AccountService accounts;

    PlatformAuthenticationProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        return accounts.authenticate(authenticationRequest.getIdentity(), authenticationRequest.getSecret())
                .map(principal -> AuthenticationResponse.success(principal.username(),
                        List.of(principal.role().name())))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
