package dev.devflow.release.pom;

import dev.devflow.release.ReleaseFailure;
import dev.devflow.release.ReleaseStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moves one pom of the reactor from the version being released to the next one: once to the
 * release version, once more to the next development version. It changes
 * <ul>
 *   <li>the project's {@code <version>}; a module without one inherits it and only its parent
 *       reference changes;</li>
 *   <li>{@code <parent><version>} when the parent is a reactor pom;</li>
 *   <li>the {@code <version>} of a dependency, plugin or extension that is a reactor artifact,
 *       wherever Maven reads one (dependencies, dependency management, plugins, plugin
 *       management, plugin dependencies, extensions, reporting, and all of those in profiles),
 *       when its text is the old version itself. An expression such as {@code ${project.version}}
 *       follows by itself, and another literal version is a deliberate pin to a released
 *       version (a project building itself with its previous plugin), so both stay.
 *       {@code <configuration>} is the plugin's own XML and is never looked into;</li>
 *   <li>the {@code revision}, {@code changelist} and {@code sha1} properties instead of a version
 *       written with them, by the rule of {@link CiFriendlyVersion}, in the project's own
 *       {@code <properties>} (profiles may override them, but a release must not depend on one);</li>
 *   <li>the {@code project.build.outputTimestamp} property, when it is a literal and a timestamp
 *       is given.</li>
 * </ul>
 * The edit replaces those texts at their offsets in the bytes and keeps every other byte. A text
 * to change that is written with CDATA, an entity or a comment is refused rather than
 * flattened: the markup would be lost, and a version written that way is rare enough that
 * asking for plain text is the better deal.
 */
public final class PomVersionEditor {

    static final String DEFAULT_PLUGIN_GROUP = "org.apache.maven.plugins";
    static final String OUTPUT_TIMESTAMP = "project.build.outputTimestamp";

    /** The element an artifact entry stands in, so that the same name elsewhere is not taken for one. */
    private static final Map<String, String> LISTS =
            Map.of("dependency", "dependencies", "plugin", "plugins", "extension", "extensions");

    /**
     * @param file            the pom's path, as shown in changes and failures
     * @param content         the pom's bytes
     * @param reactor         the artifacts the release builds
     * @param oldVersion      the version every reactor pom has now
     * @param newVersion      the version to set
     * @param outputTimestamp the instant to set in {@code project.build.outputTimestamp} where a pom
     *                        has that property, such as {@code 2026-11-25T10:15:30Z}
     * @throws ReleaseFailure when the pom is not well-formed, or its version is not {@code oldVersion}
     *                        or cannot be set
     */
    public PomEdit edit(Path file, byte[] content, Set<ArtifactKey> reactor, String oldVersion, String newVersion,
                        Optional<String> outputTimestamp) throws ReleaseFailure {
        PomSource source = PomSource.decode(file, content);
        PomElement project = PomReader.read(source);
        return new OnePom(source, project, reactor, oldVersion, newVersion).edit(outputTimestamp);
    }

    /** One pom being edited: what it is, and the replacements found so far. */
    private static final class OnePom {

        private final PomSource source;
        private final PomElement project;
        private final Set<ArtifactKey> reactor;
        private final String oldVersion;
        private final String newVersion;
        private final List<Replacement> replacements = new ArrayList<>();

        OnePom(PomSource source, PomElement project, Set<ArtifactKey> reactor, String oldVersion, String newVersion) {
            this.source = source;
            this.project = project;
            this.reactor = reactor;
            this.oldVersion = oldVersion;
            this.newVersion = newVersion;
        }

        PomEdit edit(Optional<String> outputTimestamp) throws ReleaseFailure {
            if (!project.name().equals("project")) {
                throw failure(project.line(), "the root element is <" + project.name() + ">, so this is not a pom.",
                        "remove the file from the reactor's modules or restore its <project> element.");
            }
            editVersions();
            if (outputTimestamp.isPresent()) {
                editOutputTimestamp(outputTimestamp.get());
            }
            editArtifacts(project);
            return result();
        }

        private void editVersions() throws ReleaseFailure {
            Optional<PomElement> parent = project.child("parent").filter(this::inReactor);
            Optional<CiFriendlyVersion> ciFriendly = Optional.empty();
            if (parent.isPresent() && parent.get().child("version").isPresent()) {
                ciFriendly = editVersion(parent.get().child("version").get(), "parent");
            }
            Optional<PomElement> own = project.child("version");
            if (own.isPresent()) {
                Optional<CiFriendlyVersion> ownCiFriendly = editVersion(own.get(), "project");
                if (ownCiFriendly.isPresent()) {
                    // without a reactor parent to set them, this pom must hold the properties
                    editCiFriendlyProperties(ownCiFriendly.get(), own.get().line(), parent.isEmpty());
                    return;
                }
            }
            if (ciFriendly.isPresent()) {
                editCiFriendlyProperties(ciFriendly.get(), parent.get().line(), false);
            }
        }

        /** Sets a literal version and returns nothing, or returns the CI-friendly expression it is written as. */
        private Optional<CiFriendlyVersion> editVersion(PomElement version, String owner) throws ReleaseFailure {
            String value = version.value();
            if (!value.contains("${")) {
                if (!value.equals(oldVersion)) {
                    throw failure(version.line(), "the " + owner + " version is " + value
                                    + ", but the release is made from " + oldVersion + ".",
                            "give every pom of the reactor the version " + oldVersion
                                    + " (or let modules inherit it from their parent).");
                }
                replace(version, owner + "/version", newVersion);
                return Optional.empty();
            }
            Optional<CiFriendlyVersion> ciFriendly = CiFriendlyVersion.parse(value);
            if (ciFriendly.isEmpty()) {
                throw failure(version.line(), "the " + owner + " version is the expression " + value
                                + "; devflow can only set a literal version or one made of ${revision}, ${sha1}"
                                + " and ${changelist}.",
                        "write the version literally (" + oldVersion + ") or as ${revision}.");
            }
            return ciFriendly;
        }

        /**
         * @param owner the version is this pom's alone, so every property it reads must be set here;
         *              otherwise a reactor parent sets them and this pom only changes those it overrides
         */
        private void editCiFriendlyProperties(CiFriendlyVersion version, int line, boolean owner)
                throws ReleaseFailure {
            Map<String, PomElement> defined = new HashMap<>();
            Optional<PomElement> properties = project.child("properties");
            for (String name : version.properties()) {
                properties.flatMap(p -> p.child(name)).ifPresent(property -> defined.put(name, property));
            }
            if (owner) {
                requireProperties(version, defined.keySet(), line);
            }
            requireOldVersion(version, defined, line);
            for (Map.Entry<String, String> value : version.valuesFor(newVersion).entrySet()) {
                PomElement property = defined.get(value.getKey());
                if (property != null) {
                    replace(property, "property " + value.getKey(), value.getValue());
                }
            }
        }

        private void requireProperties(CiFriendlyVersion version, Set<String> defined, int line) throws ReleaseFailure {
            for (String name : version.properties()) {
                // CI passes sha1 on the command line, if at all; a release has none
                if (!defined.contains(name) && !name.equals(CiFriendlyVersion.SHA1)) {
                    throw failure(line, "the version " + version + " needs the property '" + name
                                    + "', which is not set in this pom's <properties>.",
                            "set <" + name + ">" + version.valuesFor(oldVersion).get(name) + "</" + name
                                    + "> in <properties> (devflow does not edit .mvn/maven.config or command-line"
                                    + " properties).");
                }
            }
        }

        /** Checked only where this pom sets every property the version reads; a parent checks its own. */
        private void requireOldVersion(CiFriendlyVersion version, Map<String, PomElement> defined, int line)
                throws ReleaseFailure {
            Map<String, String> values = new HashMap<>(Map.of(CiFriendlyVersion.SHA1, ""));
            defined.forEach((name, property) -> values.put(name, property.value()));
            Optional<String> reads = version.resolve(values);
            if (reads.isPresent() && !reads.get().equals(oldVersion)) {
                throw failure(line, "the version " + version + " reads " + reads.get()
                                + ", but the release is made from " + oldVersion + ".",
                        "set the properties so that it reads " + oldVersion + ".");
            }
        }

        private void editOutputTimestamp(String timestamp) throws ReleaseFailure {
            Optional<PomElement> property = project.child("properties").flatMap(p -> p.child(OUTPUT_TIMESTAMP));
            // an expression such as ${git.commit.time} already gives each build its own instant
            if (property.isPresent() && !property.get().value().contains("${")) {
                replace(property.get(), "property " + OUTPUT_TIMESTAMP, timestamp);
            }
        }

        private void editArtifacts(PomElement element) throws ReleaseFailure {
            for (PomElement child : element.children()) {
                switch (child.name()) {
                    case "configuration", "properties", "parent" -> {
                        // free-form plugin XML, property values, and the parent handled above
                    }
                    case "dependency", "plugin", "extension" -> {
                        if (element.name().equals(LISTS.get(child.name()))) {
                            editArtifact(child);
                        }
                        editArtifacts(child);
                    }
                    default -> editArtifacts(child);
                }
            }
        }

        private void editArtifact(PomElement artifact) throws ReleaseFailure {
            Optional<ArtifactKey> key = keyOf(artifact);
            Optional<PomElement> version = artifact.child("version");
            if (key.isPresent() && reactor.contains(key.get()) && version.isPresent()
                    && version.get().value().equals(oldVersion)) {
                replace(version.get(), artifact.name() + " " + key.get(), newVersion);
            }
        }

        private Optional<ArtifactKey> keyOf(PomElement artifact) {
            Optional<String> groupId = artifact.childValue("groupId").map(this::resolveGroupId);
            if (groupId.isEmpty() && artifact.name().equals("plugin")) {
                groupId = Optional.of(DEFAULT_PLUGIN_GROUP);
            }
            Optional<String> artifactId = artifact.childValue("artifactId");
            return groupId.isPresent() && artifactId.isPresent()
                    ? Optional.of(new ArtifactKey(groupId.get(), artifactId.get())) : Optional.empty();
        }

        /** A sibling's groupId is often written as the project's; no other expression is resolved. */
        private String resolveGroupId(String groupId) {
            Optional<String> parentGroupId = project.child("parent").flatMap(parent -> parent.childValue("groupId"));
            Optional<String> resolved = switch (groupId) {
                case "${project.groupId}", "${pom.groupId}" -> project.childValue("groupId").or(() -> parentGroupId);
                case "${project.parent.groupId}" -> parentGroupId;
                default -> Optional.empty();
            };
            return resolved.orElse(groupId);
        }

        private boolean inReactor(PomElement parent) {
            Optional<String> groupId = parent.childValue("groupId");
            Optional<String> artifactId = parent.childValue("artifactId");
            return groupId.isPresent() && artifactId.isPresent()
                    && reactor.contains(new ArtifactKey(groupId.get(), artifactId.get()));
        }

        private void replace(PomElement element, String what, String value) throws ReleaseFailure {
            String before = element.value();
            if (before.equals(value)) {
                return;
            }
            if (!element.plain()) {
                throw failure(element.line(), what + " is written with CDATA, an entity or a comment, which devflow"
                                + " will not rewrite.",
                        "write it as plain text: <" + element.name() + ">" + before + "</" + element.name() + ">.");
            }
            replacements.add(new Replacement(element.replaceValue(value),
                    new PomChange(element.line(), what, before, value)));
        }

        private PomEdit result() {
            List<Replacement> ordered = replacements.stream()
                    .sorted(Comparator.comparingInt(replacement -> replacement.splice().start())).toList();
            byte[] after = ordered.isEmpty() ? source.bytes()
                    : source.splice(ordered.stream().map(Replacement::splice).toList());
            return new PomEdit(source.file(), source.bytes(), after, ordered.stream().map(Replacement::change).toList());
        }

        private ReleaseFailure failure(int line, String problem, String fix) {
            return new ReleaseFailure(ReleaseStep.EDIT, source.where(line) + ": " + problem, fix);
        }
    }

    private record Replacement(PomSource.Splice splice, PomChange change) {
    }
}
