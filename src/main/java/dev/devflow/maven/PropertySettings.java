package dev.devflow.maven;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The devflow settings a build gives as properties rather than in the plugin's configuration:
 * {@code devflow.*} in the pom's {@code <properties>} and on the command line ({@code -D}, which
 * wins, as it does for Maven's parameters). The Maven Build Cache Extension keys a module on its
 * files and its plugin configuration only, so a gate setting changed with
 * {@code -Ddevflow.coverage.minimum=0.9} would restore the earlier result; this text, a goal's
 * parameter, lets the extension's {@code reconcile} see the change and run the goal again.
 */
final class PropertySettings {

    private static final String PREFIX = "devflow" + '.';

    private PropertySettings() {
    }

    /** The settings as one text, sorted by name: {@code {devflow.coverage.minimum=0.9, …}}. */
    static String of(Properties project, Properties user) {
        Map<String, String> settings = new TreeMap<>();
        copy(project, settings);
        copy(user, settings);
        return settings.toString();
    }

    private static void copy(Properties from, Map<String, String> to) {
        if (from == null) {
            return;
        }
        for (String name : from.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                to.put(name, from.getProperty(name));
            }
        }
    }
}
