package dev.devflow.maven;

import dev.devflow.testresults.TestResultsSettings.Layer;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where Surefire and Failsafe write their reports in this module, read from the pom as Maven
 * resolved it: the plugin's {@code reportsDirectory} and each execution's, or the plugin's
 * default under the build directory. What the test-results gate reads when {@code layers} is
 * left at its default, so a configured folder or a second execution is not missed.
 */
final class TestReportFolders {

    private static final String SUREFIRE = "org.apache.maven.plugins:maven-surefire-plugin";
    private static final String FAILSAFE = "org.apache.maven.plugins:maven-failsafe-plugin";

    private TestReportFolders() {
    }

    /** Surefire's folders as the unit layer, Failsafe's as the integration layer. */
    static List<Layer> conventional(MavenProject project) {
        Path build = Path.of(project.getBuild().getDirectory());
        Path basedir = project.getBasedir().toPath();
        List<Layer> layers = new ArrayList<>();
        for (Path folder : folders(project.getPlugin(SUREFIRE), build.resolve("surefire-reports"), basedir)) {
            layers.add(new Layer("unit", folder));
        }
        for (Path folder : folders(project.getPlugin(FAILSAFE), build.resolve("failsafe-reports"), basedir)) {
            layers.add(new Layer("integration", folder));
        }
        return layers;
    }

    private static Set<Path> folders(Plugin plugin, Path byDefault, Path basedir) {
        Set<Path> folders = new LinkedHashSet<>();
        Path pluginLevel = configured(plugin == null ? null : plugin.getConfiguration(), basedir);
        Path shared = pluginLevel == null ? byDefault : pluginLevel;
        folders.add(shared);
        if (plugin != null) {
            for (PluginExecution execution : plugin.getExecutions()) {
                Path own = configured(execution.getConfiguration(), basedir);
                folders.add(own == null ? shared : own);
            }
        }
        return folders;
    }

    private static Path configured(Object configuration, Path basedir) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild("reportsDirectory") != null) {
            String value = dom.getChild("reportsDirectory").getValue();
            if (value != null && !value.isBlank() && !value.contains("${")) {
                return basedir.resolve(value.trim()).normalize();
            }
        }
        return null;
    }
}
