package org.partnersplatform.core.privacy;

import jakarta.inject.Singleton;
import org.partnersplatform.core.secret.SecretCipher;

/**
 * The account key an identity keeps after its person was erased: a keyed fingerprint of the original key, so a later
 * sync of the same account finds the erased member (and keeps its activity anonymous) without the platform holding
 * who the person was.
 */
@Singleton
public class ErasedKeys {

    private static final String PREFIX = "erased:";

    private final SecretCipher cipher;

    public ErasedKeys(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** The key that replaces {@code identityKey} of an identity on {@code source} when its person is erased. */
    public String keyFor(String source, String identityKey) {
        return PREFIX + cipher.fingerprint(source + '\n' + identityKey);
    }

    /** Whether a key is already an erased one (so it is not fingerprinted twice). */
    public static boolean isErased(String identityKey) {
        return identityKey.startsWith(PREFIX);
    }
}
