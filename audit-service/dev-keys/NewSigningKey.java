import java.security.KeyPairGenerator;
import java.util.Base64;

/** Prints a new Ed25519 private key, PKCS#8 DER in base64: the value of AUDIT_SIGNING_KEY. */
public class NewSigningKey {
    public static void main(String[] args) throws Exception {
        System.out.println(Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded()));
    }
}
