package dev.devflow.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.PluginConfigurationException;
import org.apache.maven.plugin.PluginContainerException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The devflow goals {@code check} runs, each configured exactly as Maven would configure that
 * goal in this module: the plugin's configuration from the POM (plugin level, then the
 * {@code check} execution's), user properties and each parameter's default. So a gate is
 * configured once, at plugin level, and behaves the same alone and in {@code check}.
 */
final class SiblingGoals {

    private final MavenSession session;
    private final MavenProject project;
    private final MojoExecution checkExecution;
    private final MavenPluginManager pluginManager;

    /**
     * @param pluginManager injected into the goal that runs its siblings: Maven 4 has no
     *                      {@code session.getContainer()} to look it up in
     */
    SiblingGoals(MavenSession session, MavenProject project, MojoExecution checkExecution,
                 MavenPluginManager pluginManager) {
        this.session = session;
        this.project = project;
        this.checkExecution = checkExecution;
        this.pluginManager = pluginManager;
    }

    GateMojo configured(String goal) throws MojoExecutionException {
        PluginDescriptor plugin = checkExecution.getMojoDescriptor().getPluginDescriptor();
        MojoDescriptor descriptor = plugin.getMojo(goal);
        MojoExecution execution = new MojoExecution(descriptor, configuration(plugin, descriptor));
        try {
            Mojo mojo = pluginManager.getConfiguredMojo(Mojo.class, session, execution);
            return (GateMojo) mojo;
        } catch (PluginConfigurationException | PluginContainerException e) {
            throw BuildOutcome.configurationFailure(checkExecution.getGoal(), "the " + goal + " goal cannot be configured: "
                    + e.getMessage(), "correct its <configuration> in the pom.");
        }
    }

    void release(GateMojo mojo) {
        pluginManager.releaseMojo(mojo, checkExecution);
    }

    /** POM configuration (only the goal's own parameters) over the goal's defaults, as Maven merges them. */
    private Xpp3Dom configuration(PluginDescriptor plugin, MojoDescriptor descriptor) {
        Set<String> parameters = descriptor.getParameters() == null ? Set.of()
                : descriptor.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
        Xpp3Dom fromPom = new Xpp3Dom("configuration");
        Plugin pom = project.getPlugin(plugin.getPluginLookupKey());
        if (pom != null) {
            fromPom = merge(fromPom, (Xpp3Dom) pom.getConfiguration());
            PluginExecution execution = pom.getExecutionsAsMap().get(checkExecution.getExecutionId());
            if (execution != null) {
                fromPom = merge(fromPom, (Xpp3Dom) execution.getConfiguration());
            }
        }
        Xpp3Dom filtered = new Xpp3Dom("configuration");
        for (Xpp3Dom child : fromPom.getChildren()) {
            if (parameters.contains(child.getName())) {
                filtered.addChild(new Xpp3Dom(child));
            }
        }
        return Xpp3Dom.mergeXpp3Dom(filtered, defaults(descriptor));
    }

    private static Xpp3Dom merge(Xpp3Dom recessive, Xpp3Dom dominant) {
        return dominant == null ? recessive : Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(dominant), recessive);
    }

    /** Each parameter's expression and default value, as Maven's own executions start from. */
    private static Xpp3Dom defaults(MojoDescriptor descriptor) {
        Xpp3Dom defaults = new Xpp3Dom("configuration");
        PlexusConfiguration config = descriptor.getMojoConfiguration();
        for (PlexusConfiguration parameter : config.getChildren()) {
            String value = parameter.getValue(null);
            String defaultValue = parameter.getAttribute("default-value", null);
            if (value != null || defaultValue != null) {
                Xpp3Dom element = new Xpp3Dom(parameter.getName());
                element.setValue(value);
                if (defaultValue != null) {
                    element.setAttribute("default-value", defaultValue);
                }
                defaults.addChild(element);
            }
        }
        return defaults;
    }
}
