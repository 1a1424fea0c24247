package dev.devflow.maven;

import dev.devflow.audit.HttpSettings;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Proxy;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The proxy of Maven's settings.xml for an address, as the audit's HTTP client takes it. */
final class MavenProxy {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private MavenProxy() {
    }

    static HttpSettings httpSettings(MavenSession session, String address) {
        String scheme = schemeOf(address);
        Proxy chosen = null;
        for (Proxy proxy : session.getSettings() == null ? List.<Proxy>of() : session.getSettings().getProxies()) {
            if (proxy.isActive() && (chosen == null || scheme.equalsIgnoreCase(proxy.getProtocol()))) {
                chosen = proxy;
            }
        }
        if (chosen == null) {
            return HttpSettings.direct();
        }
        List<String> nonProxyHosts = chosen.getNonProxyHosts() == null ? List.of()
                : Arrays.stream(chosen.getNonProxyHosts().split("[|,]")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        return new HttpSettings(chosen.getHost(), chosen.getPort(), chosen.getUsername(), chosen.getPassword(),
                nonProxyHosts, TIMEOUT);
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
