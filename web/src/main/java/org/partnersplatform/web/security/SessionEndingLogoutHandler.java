package org.partnersplatform.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieClearerLogoutHandler;
import jakarta.inject.Singleton;
import org.partnersplatform.core.access.AccountService;

/** Signing out deletes the session on the server, not only the cookie in the browser. */
@Singleton
@Replaces(TokenCookieClearerLogoutHandler.class)
class SessionEndingLogoutHandler extends TokenCookieClearerLogoutHandler {

    private final AccountService accounts;

    SessionEndingLogoutHandler(AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                               RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                               RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                               AccountService accounts) {
        super(accessTokenCookieConfiguration, refreshTokenCookieConfiguration, redirectConfiguration,
                redirectService);
        this.accounts = accounts;
    }

    @Override
    public MutableHttpResponse<?> logout(HttpRequest<?> request) {
        request.getCookies().findCookie(accessTokenCookieConfiguration.getCookieName())
                .map(Cookie::getValue)
                .ifPresent(accounts::closeSession);
        return super.logout(request);
    }
}
