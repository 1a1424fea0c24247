package dev.devflow.release.remote;

import org.apache.sshd.common.config.keys.KeyUtils;

import java.security.PublicKey;
import java.util.Optional;

/**
 * A host key the known_hosts files did not vouch for, and how to make them vouch: ssh never
 * trusts a key silently, and a batch build cannot ask, so the user adds it once, knowingly.
 *
 * @param host        the host as ssh connects to it (after ~/.ssh/config's HostName)
 * @param port        its port
 * @param user        the user ssh logs in as
 * @param offered     the key the host offered
 * @param changed     whether known_hosts has another key for the host (else none)
 * @param knownHosts  the known_hosts file the key belongs in
 */
record HostKeyRefusal(String host, int port, String user, PublicKey offered, boolean changed, String knownHosts) {

    private static final int SSH_PORT = 22;

    RemoteFailure failure(Exception cause) {
        return new RemoteFailure(changed ? changedProblem() : unknownProblem(),
                Optional.of(changed ? changedFix() : unknownFix()), true, cause);
    }

    private String unknownProblem() {
        return "the SSH host " + where() + " is unknown: " + knownHosts + " has no key for it, and a batch build"
                + " cannot ask whether to trust the " + offeredKey() + " it offers.";
    }

    private String unknownFix() {
        return "check that fingerprint against the one the host's operator publishes, then add the host: "
                + keyscan() + ", or connect once with ssh" + portOption() + " " + user + "@" + host
                + " and accept the key. In CI, write the host's known_hosts line before the build.";
    }

    private String changedProblem() {
        return "the SSH host " + where() + " offers the " + offeredKey() + ", not the key " + knownHosts
                + " has for it: either the host's key changed, or someone is in between.";
    }

    private String changedFix() {
        return "ask the host's operator whether its key changed; only if it did, remove the old key (ssh-keygen -R "
                + knownHostsName() + " -f " + knownHosts + ") and add the new one (" + keyscan() + ").";
    }

    private String where() {
        return port == SSH_PORT ? host : host + " (port " + port + ")";
    }

    private String offeredKey() {
        return KeyUtils.getKeyType(offered) + " key " + KeyUtils.getFingerPrint(offered);
    }

    private String keyscan() {
        return "ssh-keyscan" + portOption() + " " + host + " >> " + knownHosts;
    }

    private String portOption() {
        return port == SSH_PORT ? "" : " -p " + port;
    }

    /** The name known_hosts files give a host: host alone on port 22, else [host]:port. */
    private String knownHostsName() {
        return port == SSH_PORT ? host : "'[" + host + "]:" + port + "'";
    }
}
