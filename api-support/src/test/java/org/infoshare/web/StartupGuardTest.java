package org.infoshare.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14: production starts only with its own keys, and says which are missing or committed. */
class StartupGuardTest {

    private static final Path REPO = Path.of("..");

    @Test
    @DisplayName("every committed development key is known by fingerprint: the files under deploy/local/dev-keys and audit-service/dev-keys, and the %dev/%test values")
    void committedKeysAreKnown() throws IOException {
        for (String file : new String[] {"deploy/local/dev-keys/consent-vault-aead.json",
                "deploy/local/dev-keys/consent-vault-index.json", "deploy/local/dev-keys/sharing-secrets-key.b64",
                "deploy/local/dev-keys/sharing-secrets-keyset.json", "audit-service/dev-keys/checkpoint-signing-ed25519.b64"}) {
            assertThat(DevelopmentKeys.committedKey(Files.readString(REPO.resolve(file)))).as(file).contains(file);
        }
        for (String properties : new String[] {"consent-service", "sharing-service", "audit-service"}) {
            String text = Files.readString(REPO.resolve(properties + "/src/main/resources/application.properties"));
            text.lines().filter(line -> line.startsWith("%dev,test") && line.contains("keyset=")
                            || line.startsWith("%dev,test.infoshare.sharing.secrets-key=")
                            || line.startsWith("%dev,test,local.infoshare.audit.signing.private-key="))
                    .map(line -> line.substring(line.indexOf('=') + 1).replaceAll("^\\$\\{AUDIT_SIGNING_KEY:(.*)}$", "$1"))
                    .forEach(value -> assertThat(DevelopmentKeys.committedKey(value)).as(properties + ": " + value).isPresent());
        }
    }

    @Test
    @DisplayName("a keyset reformatted (pretty-printed) or a base64 key with line breaks is still recognised")
    void reformattedKeyIsRecognised() throws IOException {
        String keyset = Files.readString(REPO.resolve("deploy/local/dev-keys/consent-vault-aead.json"))
                .replace(",", ",\n  ").replace(":", " : ");
        assertThat(DevelopmentKeys.committedKey(keyset)).isPresent();
        String key = Files.readString(REPO.resolve("deploy/local/dev-keys/sharing-secrets-key.b64")).strip();
        assertThat(DevelopmentKeys.committedKey(key.substring(0, 20) + "\n" + key.substring(20) + "\n")).isPresent();
    }

    @Test
    @DisplayName("a key of one's own is accepted")
    void ownKeyAccepted() {
        byte[] own = new byte[32];
        new java.security.SecureRandom().nextBytes(own);
        assertThat(DevelopmentKeys.committedKey(Base64.getEncoder().encodeToString(own))).isEmpty();
        assertThat(StartupGuard.problems(Map.of("infoshare.sharing.secrets-key",
                Optional.of(Base64.getEncoder().encodeToString(own))), Map.of(), false)).isEmpty();
    }

    @Test
    @DisplayName("production refuses a development key, naming the property and where the key comes from; the local profile allows it")
    void developmentKeyRefusedUnlessAllowed() throws IOException {
        String key = Files.readString(REPO.resolve("audit-service/dev-keys/checkpoint-signing-ed25519.b64"));
        Map<String, Optional<String>> keys = Map.of("infoshare.audit.signing.private-key", Optional.of(key));
        assertThat(StartupGuard.problems(keys, Map.of(), false)).singleElement().asString()
                .startsWith("infoshare.audit.signing.private-key holds the committed development key from "
                        + "audit-service/dev-keys/checkpoint-signing-ed25519.b64");
        assertThat(StartupGuard.problems(keys, Map.of(), true)).isEmpty();
    }

    @Test
    @DisplayName("every missing key is listed at once, with the variable its setting reads")
    void missingKeysListedByVariable() {
        Map<String, Optional<String>> keys = new LinkedHashMap<>();
        keys.put("infoshare.vault.aead-keyset", Optional.empty());
        keys.put("infoshare.vault.index-keyset", Optional.empty());
        Map<String, String> raw = Map.of("infoshare.vault.aead-keyset", "${CONSENT_VAULT_AEAD_KEYSET}",
                "infoshare.vault.index-keyset", "${CONSENT_VAULT_INDEX_KEYSET:}");
        assertThat(StartupGuard.problems(keys, raw, true)).containsExactly(
                "infoshare.vault.aead-keyset is not set: set CONSENT_VAULT_AEAD_KEYSET",
                "infoshare.vault.index-keyset is not set: set CONSENT_VAULT_INDEX_KEYSET");
    }

    @Test
    @DisplayName("the production key check (a configuration error before start) refuses a development key without quoting the value, and passes one's own")
    void productionKeyConverter() throws IOException {
        String keyset = Files.readString(REPO.resolve("deploy/local/dev-keys/consent-vault-index.json"));
        ProductionKeyConverter converter = new ProductionKeyConverter();
        assertThatThrownBy(() -> converter.convert(keyset)).isInstanceOf(java.util.NoSuchElementException.class)
                .hasMessageContaining("deploy/local/dev-keys/consent-vault-index.json")
                .hasMessageNotContaining("EgIIAxog");
        assertThat(converter.convert("bXktb3duLWtleQ==")).isEqualTo("bXktb3duLWtleQ==");
        assertThat(converter.convert(StartupSettings.NOT_CHECKED)).isEqualTo(StartupSettings.NOT_CHECKED);
    }
}
