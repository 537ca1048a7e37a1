package org.partnersplatform.core.identity;

import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Email domains that say nothing about an employer: their people are independent. The built-in list holds the large
 * providers and the forge no-reply addresses; deployments add their own with {@code
 * partners.identity.extra-free-mail-domains}.
 */
@Singleton
public class FreeMailDomains {

    private static final Set<String> BUILT_IN = Set.of(
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "live.com",
            "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com", "icloud.com", "me.com",
            "mac.com", "aol.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.ru", "yandex.ru", "yandex.com",
            "protonmail.com", "proton.me", "pm.me", "qq.com", "163.com", "126.com", "zoho.com", "fastmail.com",
            "tutanota.com", "hey.com", "free.fr", "orange.fr", "laposte.net", "t-online.de", "libero.it",
            "users.noreply.github.com", "noreply.github.com", "users.noreply.gitlab.com", "localhost",
            "example.com", "example.org");

    private final Set<String> domains;

    public FreeMailDomains(IdentityConfiguration configuration) {
        Set<String> all = new HashSet<>(BUILT_IN);
        configuration.extraFreeMailDomains().stream()
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty())
                .forEach(all::add);
        this.domains = Set.copyOf(all);
    }

    /** Whether the domain, or a domain it is a subdomain of, is personal mail. */
    public boolean isFreeMail(String domain) {
        for (String candidate : EmailDomains.selfAndParents(domain)) {
            if (domains.contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
