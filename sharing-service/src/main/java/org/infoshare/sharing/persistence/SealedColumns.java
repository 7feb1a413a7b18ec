package org.infoshare.sharing.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Share payloads and release contents at rest (issue 11): special-category data, so sealed like the
 * stored secrets, under {@code SHARING_SECRETS_KEYSET}. The associated data is the column and the
 * row's id ({@code share_request.payload:<id>}), so a sealed value copied to another row or column
 * no longer opens. Rows written before sealing keep their JSON in the plain column until
 * {@link SealedPayloads} re-seals them; until then they are read from it.
 */
@ApplicationScoped
class SealedColumns {

    static final String SHARE_PAYLOAD = "share_request.payload";
    static final String RELEASE_CONTENT = "release.content";

    private final SecretCipher cipher;

    SealedColumns(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** A value sealed under the primary key, with that key's id (kept beside it, so rotation finds old values). */
    record Sealed(String value, int keyId) {
    }

    Sealed seal(String json, String column, UUID rowId) {
        return new Sealed(cipher.encrypt(json, associatedData(column, rowId)), cipher.primaryKeyId());
    }

    /** The JSON of a row: opened from the sealed column, or (a row not yet re-sealed) the plain one. */
    String open(String sealed, String legacyPlain, String column, UUID rowId) {
        if (sealed != null) {
            return cipher.decrypt(sealed, associatedData(column, rowId));
        }
        if (legacyPlain == null) {
            throw new IllegalStateException(column + " of " + rowId + " is neither sealed nor plain");
        }
        return legacyPlain;
    }

    /** Keys other than the primary: what they sealed is re-sealed. */
    List<Integer> retiredKeyIds() {
        return cipher.otherKeyIds();
    }

    static String associatedData(String column, UUID rowId) {
        return column + ":" + rowId;
    }
}
