package org.infoshare.consent.config;

import io.smallrye.config.ConfigMapping;

/**
 * Keys of the data subject vault, as Tink JSON keysets (from a secret in production). Each
 * keyset carries key ids, so keys rotate by adding a new primary key and keeping the old ones
 * for decryption and lookup.
 */
@ConfigMapping(prefix = "infoshare.vault")
public interface VaultKeysConfig {

    /** AES-256-GCM keyset that encrypts identities at rest. */
    String aeadKeyset();

    /** HMAC-SHA256 PRF keyset for the blind index of exact identifiers. */
    String indexKeyset();
}
