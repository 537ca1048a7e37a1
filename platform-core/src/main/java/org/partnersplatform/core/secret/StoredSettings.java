package org.partnersplatform.core.secret;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnersplatform.api.config.SourceConfig;

/**
 * How a plugin's validated settings are stored, for source installations and notifier installations alike: the
 * public ones as JSON, the secret ones (as the plugin's schema marks them) as JSON sealed by {@link SecretCipher}, or
 * nothing when there are none.
 */
@Singleton
public class StoredSettings {

    private static final Argument<Map<String, String>> STRING_MAP = Argument.mapOf(String.class, String.class);

    private final SecretCipher cipher;
    private final JsonMapper json;

    public StoredSettings(SecretCipher cipher, JsonMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    /** The settings that are not secret, as stored JSON. */
    public String publicJson(SourceConfig config) {
        return write(select(config, false));
    }

    /** The secret settings, sealed, or {@code null} when the configuration has none. */
    public @Nullable String sealedSecrets(SourceConfig config) {
        Map<String, String> secrets = select(config, true);
        return secrets.isEmpty() ? null : cipher.encrypt(write(secrets));
    }

    /** The public settings from their stored JSON. */
    public Map<String, String> publicValues(String stored) {
        return read(stored);
    }

    /** The secret settings from their sealed form; none when nothing was sealed. */
    public Map<String, String> secrets(@Nullable String sealed) {
        return sealed == null ? Map.of() : read(cipher.decrypt(sealed));
    }

    private static Map<String, String> select(SourceConfig config, boolean secret) {
        Map<String, String> values = new LinkedHashMap<>();
        config.asMap().forEach((key, value) -> {
            if (config.schema().field(key).orElseThrow().secret() == secret) {
                values.put(key, value);
            }
        });
        return values;
    }

    private String write(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, STRING_MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
