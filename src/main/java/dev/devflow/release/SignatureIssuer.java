package dev.devflow.release;

import org.bouncycastle.bcpg.sig.IssuerFingerprint;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.eclipse.jgit.lib.GpgSignature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/** The key an OpenPGP signature names as its issuer: the key gpg looks up to verify it. */
final class SignatureIssuer {

    private SignatureIssuer() {
    }

    /** The issuer's fingerprint in hex, else its key ID; empty when the signature names neither. */
    static Optional<String> of(GpgSignature signature) throws IOException {
        byte[] armored = signature.toExternalString().getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
            if (!(new BcPGPObjectFactory(in).nextObject() instanceof PGPSignatureList list) || list.isEmpty()) {
                return Optional.empty();
            }
            PGPSignature first = list.get(0);
            IssuerFingerprint fingerprint = first.hasSubpackets() ? first.getHashedSubPackets().getIssuerFingerprint()
                    : null;
            if (fingerprint != null) {
                return Optional.of(HexFormat.of().formatHex(fingerprint.getFingerprint()));
            }
            return first.getKeyID() == 0 ? Optional.empty() : Optional.of(HexFormat.of().toHexDigits(first.getKeyID()));
        }
    }
}
