package dev.devflow.maven;

import dev.devflow.audit.HttpSettings;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** The proxy of Maven's settings.xml for an address, as the audit's HTTP client takes it. */
final class MavenProxy {

    private MavenProxy() {
    }

    /**
     * The first active proxy for the address's scheme (else the first active one), as Maven picks
     * it, with its password decrypted as Maven decrypts it ({@code settings-security.xml}).
     */
    static HttpSettings httpSettings(MavenSession session, SettingsDecrypter decrypter, String address) {
        String scheme = schemeOf(address);
        List<Proxy> active = session.getSettings() == null ? List.of()
                : session.getSettings().getProxies().stream().filter(Proxy::isActive).toList();
        Proxy chosen = active.stream().filter(p -> scheme.equalsIgnoreCase(p.getProtocol())).findFirst()
                .orElse(active.isEmpty() ? null : active.get(0));
        if (chosen == null) {
            return HttpSettings.direct();
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(chosen));
        chosen = decrypted.getProxy() == null ? chosen : decrypted.getProxy();
        List<String> nonProxyHosts = chosen.getNonProxyHosts() == null ? List.of()
                : Arrays.stream(chosen.getNonProxyHosts().split("[|,]")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        return new HttpSettings(chosen.getHost(), chosen.getPort(), chosen.getUsername(), chosen.getPassword(),
                nonProxyHosts, HttpSettings.DEFAULT_TIMEOUT);
    }

    private static String schemeOf(String address) {
        try {
            String scheme = URI.create(address.trim()).getScheme();
            return scheme == null ? "https" : scheme;
        } catch (IllegalArgumentException e) {
            return "https";
        }
    }
}
