package org.partnersplatform.core.access;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.partnersplatform.core.DataDirectory;
import org.partnersplatform.core.secret.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator when there is no user: with {@code PARTNERS_ADMIN_PASSWORD} if set, otherwise with
 * a generated password written to a file only the owner can read. The password itself is never logged.
 */
@Singleton
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final AccessConfiguration configuration;
    private final DataDirectory dataDirectory;

    AdminBootstrap(AccountService accounts, AccessConfiguration configuration, DataDirectory dataDirectory) {
        this.accounts = accounts;
        this.configuration = configuration;
        this.dataDirectory = dataDirectory;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.hasUsers()) {
            return;
        }
        String password = configuration.adminPassword();
        if (password != null && !password.isBlank()) {
            accounts.createUser(configuration.adminUsername(), password, Role.ADMIN);
            LOG.info("Created the administrator \"{}\" with the configured password", configuration.adminUsername());
            return;
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path file = dataDirectory.path().resolve("initial-admin-password");
        try {
            Files.writeString(file, generated + System.lineSeparator());
            OwnerOnlyFiles.restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        accounts.createUser(configuration.adminUsername(), generated, Role.ADMIN);
        LOG.info("Created the administrator \"{}\"; the initial password is in {}", configuration.adminUsername(),
                file);
    }
}
