package org.partnersplatform.core.secret;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.partnersplatform.core.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts secrets at rest with AES-256-GCM. The key comes from {@code partners.secrets.key} (base64 of 32 bytes,
 * e.g. the environment variable {@code PARTNERS_SECRETS_KEY}); without it, a key is generated once into the data
 * directory, which suits a single node but not a cluster.
 */
@Singleton
public class SecretCipher {

    private static final Logger LOG = LoggerFactory.getLogger(SecretCipher.class);
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String HMAC = "HmacSHA256";

    private final SecretKey key;
    private final SecretKey fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(@Nullable @Value("${partners.secrets.key:}") String configuredKey, DataDirectory dataDirectory) {
        byte[] bytes = keyBytes(configuredKey, dataDirectory);
        this.key = new SecretKeySpec(bytes, "AES");
        this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(bytes, HMAC), "fingerprint"), HMAC);
    }

    /**
     * A keyed, one-way fingerprint of a value (HMAC-SHA-256 under a key derived from the secrets key), in hex: equal
     * values give equal fingerprints, and without the key nobody can tell which value gave one.
     */
    public String fingerprint(String value) {
        return HexFormat.of().formatHex(hmac(fingerprintKey, value));
    }

    private static byte[] hmac(SecretKey key, String value) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a fingerprint", e);
        }
    }

    /** The encrypted, printable form of a value. */
    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    /** The value {@link #encrypt} sealed. Fails if the key changed or the text was altered. */
    public String decrypt(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(sealed.substring(PREFIX.length())));
            byte[] iv = new byte[IV_BYTES];
            buffer.get(iv);
            byte[] body = new byte[buffer.remaining()];
            buffer.get(body);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a stored secret: was partners.secrets.key changed?", e);
        }
    }

    private static byte[] keyBytes(String configuredKey, DataDirectory dataDirectory) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configuredKey.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("partners.secrets.key must be the base64 of 32 random bytes");
            }
            return bytes;
        }
        Path file = dataDirectory.path().resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            OwnerOnlyFiles.restrict(file);
            LOG.warn("Generated a key for secrets at rest in {}; set PARTNERS_SECRETS_KEY to share one across nodes",
                    file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key " + file, e);
        }
    }
}
