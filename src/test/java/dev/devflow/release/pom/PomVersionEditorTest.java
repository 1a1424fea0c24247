package dev.devflow.release.pom;

import dev.devflow.release.ReleaseFailure;
import dev.devflow.release.ReleaseStep;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PomVersionEditorTest {

    private static final Path POM = Path.of("core/pom.xml");
    private static final Set<ArtifactKey> REACTOR = Set.of(
            new ArtifactKey("com.acme", "acme-parent"),
            new ArtifactKey("com.acme", "acme-core"),
            new ArtifactKey("com.acme", "acme-api"),
            new ArtifactKey("com.acme", "acme-maven-plugin"));
    private static final String SNAPSHOT = "1.2.0-SNAPSHOT";
    private static final String RELEASE = "1.2.0";
    private static final String NEXT = "1.2.1-SNAPSHOT";
    private static final String TIMESTAMP = "2026-11-25T10:15:30Z";

    private final PomVersionEditor editor = new PomVersionEditor();

    /** The root pom: everything a release must leave alone around the few texts it changes. */
    private static final String ROOT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Acme: <version>1.2.0-SNAPSHOT</version> in a comment stays -->
            <project xmlns="http://maven.apache.org/POM/4.0.0"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://maven.apache.org/POM/4.0.0
                                         https://maven.apache.org/xsd/maven-4.0.0.xsd">
            \t<modelVersion>4.0.0</modelVersion>
            \t<groupId>com.acme</groupId>
            \t<artifactId>acme-parent</artifactId>
            \t<version>1.2.0-SNAPSHOT</version>
            \t<packaging>pom</packaging>
            \t<name>Acme &amp; Co – café</name>
            \t<description><![CDATA[Tools for <version>1.2.0-SNAPSHOT</version> & more]]></description>
            \t<!-- <version>1.2.0-SNAPSHOT</version> -->
            \t<properties>
            \t\t<other.version>1.2.0-SNAPSHOT</other.version>
            \t</properties>
            \t<dependencyManagement>
            \t\t<dependencies>
            \t\t\t<dependency>
            \t\t\t\t<groupId>com.acme</groupId>
            \t\t\t\t<artifactId>acme-core</artifactId>
            \t\t\t\t<version>1.2.0-SNAPSHOT</version>
            \t\t\t</dependency>
            \t\t\t<dependency>
            \t\t\t\t<groupId>${project.groupId}</groupId>
            \t\t\t\t<artifactId>acme-api</artifactId>
            \t\t\t\t<version>${project.version}</version>
            \t\t\t</dependency>
            \t\t\t<dependency>
            \t\t\t\t<groupId>org.other</groupId>
            \t\t\t\t<artifactId>other-lib</artifactId>
            \t\t\t\t<version>1.2.0-SNAPSHOT</version>
            \t\t\t</dependency>
            \t\t</dependencies>
            \t</dependencyManagement>
            \t<build>
            \t\t<pluginManagement>
            \t\t\t<plugins>
            \t\t\t\t<plugin>
            \t\t\t\t\t<groupId>com.acme</groupId>
            \t\t\t\t\t<artifactId>acme-maven-plugin</artifactId>
            \t\t\t\t\t<version>1.2.0-SNAPSHOT</version>
            \t\t\t\t\t<configuration>
            \t\t\t\t\t\t<dependency>
            \t\t\t\t\t\t\t<groupId>com.acme</groupId>
            \t\t\t\t\t\t\t<artifactId>acme-core</artifactId>
            \t\t\t\t\t\t\t<version>1.2.0-SNAPSHOT</version>
            \t\t\t\t\t\t</dependency>
            \t\t\t\t\t</configuration>
            \t\t\t\t</plugin>
            \t\t\t</plugins>
            \t\t</pluginManagement>
            \t</build>
            </project>
            """;

    private static final String ROOT_RELEASED = ROOT
            .replace("\t<version>1.2.0-SNAPSHOT</version>\n\t<packaging>", "\t<version>1.2.0</version>\n\t<packaging>")
            .replace("<artifactId>acme-core</artifactId>\n\t\t\t\t<version>1.2.0-SNAPSHOT</version>",
                    "<artifactId>acme-core</artifactId>\n\t\t\t\t<version>1.2.0</version>")
            .replace("<artifactId>acme-maven-plugin</artifactId>\n\t\t\t\t\t<version>1.2.0-SNAPSHOT</version>",
                    "<artifactId>acme-maven-plugin</artifactId>\n\t\t\t\t\t<version>1.2.0</version>");

    private static final String MODULE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>com.acme</groupId>
                <artifactId>acme-parent</artifactId>
                <version>1.2.0-SNAPSHOT</version>
              </parent>
              <artifactId>acme-core</artifactId>
              <dependencies>
                <dependency>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-api</artifactId>
                  <version>${project.version}</version>
                </dependency>
                <dependency>
                  <groupId>org.other</groupId>
                  <artifactId>other-lib</artifactId>
                  <version>1.2.0-SNAPSHOT</version>
                </dependency>
              </dependencies>
              <profiles>
                <profile>
                  <id>it</id>
                  <dependencies>
                    <dependency>
                      <groupId>${project.groupId}</groupId>
                      <artifactId>acme-api</artifactId>
                      <version>1.2.0-SNAPSHOT</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                </profile>
              </profiles>
            </project>
            """;

    private PomEdit edit(byte[] content, String from, String to) throws ReleaseFailure {
        return editor.edit(POM, content, REACTOR, from, to, Optional.empty());
    }

    private PomEdit edit(String content, String from, String to) throws ReleaseFailure {
        return edit(content.getBytes(StandardCharsets.UTF_8), from, to);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String once(String text, String from, String to) {
        assertThat(text.indexOf(from)).as("'%s' occurs", from).isNotNegative();
        assertThat(text.indexOf(from)).as("'%s' occurs once", from).isEqualTo(text.lastIndexOf(from));
        return text.replace(from, to);
    }

    @Test
    void theRootPomChangesOnlyItsVersionAndTheReactorArtifactsAtThatVersion() throws Exception {
        PomEdit edit = edit(ROOT, SNAPSHOT, RELEASE);

        assertThat(edit.file()).isEqualTo(POM);
        assertThat(edit.before()).isEqualTo(utf8(ROOT));
        assertBytes(edit.after(), utf8(ROOT_RELEASED));
        assertThat(edit.changed()).isTrue();
        assertThat(edit.changes()).containsExactly(
                new PomChange(10, "project/version", SNAPSHOT, RELEASE),
                new PomChange(23, "dependency com.acme:acme-core", SNAPSHOT, RELEASE),
                new PomChange(43, "plugin com.acme:acme-maven-plugin", SNAPSHOT, RELEASE));
    }

    @Test
    void theNextDevelopmentVersionGoesTheSameWayBack() throws Exception {
        String next = ROOT_RELEASED.replace("<version>1.2.0</version>", "<version>1.2.1-SNAPSHOT</version>");

        PomEdit edit = edit(ROOT_RELEASED, RELEASE, NEXT);

        assertBytes(edit.after(), utf8(next));
        assertThat(edit.changes()).extracting(PomChange::after).containsExactly(NEXT, NEXT, NEXT);
    }

    @Test
    void aModuleWithoutItsOwnVersionChangesItsParentAndLiteralSiblingVersions() throws Exception {
        String expected = once(MODULE, "<artifactId>acme-parent</artifactId>\n    <version>1.2.0-SNAPSHOT</version>",
                "<artifactId>acme-parent</artifactId>\n    <version>1.2.0</version>");
        expected = once(expected, "<version>1.2.0-SNAPSHOT</version>\n          <scope>test",
                "<version>1.2.0</version>\n          <scope>test");

        PomEdit edit = edit(MODULE, SNAPSHOT, RELEASE);

        assertBytes(edit.after(), utf8(expected));
        assertThat(edit.changes()).containsExactly(
                new PomChange(7, "parent/version", SNAPSHOT, RELEASE),
                new PomChange(29, "dependency com.acme:acme-api", SNAPSHOT, RELEASE));
    }

    @Test
    void aParentOutsideTheReactorIsLeftAlone() throws Exception {
        String pom = """
                <project>
                  <parent>
                    <groupId>org.other</groupId>
                    <artifactId>other-parent</artifactId>
                    <version>1.2.0-SNAPSHOT</version>
                  </parent>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-parent</artifactId>
                  <version>1.2.0-SNAPSHOT</version>
                </project>""";

        PomEdit edit = edit(pom, SNAPSHOT, RELEASE);

        assertBytes(edit.after(), utf8(pom.replace("<version>1.2.0-SNAPSHOT</version>\n</project>",
                "<version>1.2.0</version>\n</project>")));
        assertThat(edit.changes()).containsExactly(new PomChange(9, "project/version", SNAPSHOT, RELEASE));
    }

    @Test
    void pluginsExtensionsReportingAndPluginDependenciesAreFound() throws Exception {
        String pom = """
                <project>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-core</artifactId>
                  <version>1.2.0-SNAPSHOT</version>
                  <build>
                    <extensions>
                      <extension><groupId>com.acme</groupId><artifactId>acme-api</artifactId><version>1.2.0-SNAPSHOT</version></extension>
                    </extensions>
                    <plugins>
                      <plugin>
                        <artifactId>maven-enforcer-plugin</artifactId>
                        <version>1.2.0-SNAPSHOT</version>
                        <dependencies>
                          <dependency><groupId>com.acme</groupId><artifactId>acme-api</artifactId><version> 1.2.0-SNAPSHOT </version></dependency>
                        </dependencies>
                      </plugin>
                      <plugin>
                        <groupId>com.acme</groupId>
                        <artifactId>acme-maven-plugin</artifactId>
                        <version>1.1.0</version>
                      </plugin>
                    </plugins>
                  </build>
                  <reporting>
                    <plugins>
                      <plugin><groupId>com.acme</groupId><artifactId>acme-maven-plugin</artifactId><version>1.2.0-SNAPSHOT</version></plugin>
                    </plugins>
                  </reporting>
                </project>
                """;
        String expected = once(pom, "<version>1.2.0-SNAPSHOT</version>\n  <build>", "<version>1.2.0</version>\n  <build>");
        expected = once(expected, "acme-api</artifactId><version>1.2.0-SNAPSHOT</version></extension>",
                "acme-api</artifactId><version>1.2.0</version></extension>");
        expected = once(expected, "<version> 1.2.0-SNAPSHOT </version>", "<version> 1.2.0 </version>");
        expected = once(expected, "acme-maven-plugin</artifactId><version>1.2.0-SNAPSHOT</version></plugin>",
                "acme-maven-plugin</artifactId><version>1.2.0</version></plugin>");

        PomEdit edit = edit(pom, SNAPSHOT, RELEASE);

        assertBytes(edit.after(), utf8(expected));
        assertThat(edit.changes()).containsExactly(
                new PomChange(4, "project/version", SNAPSHOT, RELEASE),
                new PomChange(7, "extension com.acme:acme-api", SNAPSHOT, RELEASE),
                new PomChange(14, "dependency com.acme:acme-api", SNAPSHOT, RELEASE),
                new PomChange(26, "plugin com.acme:acme-maven-plugin", SNAPSHOT, RELEASE));
    }

    @Test
    void aPluginWithoutGroupIdIsAnApacheMavenPlugin() throws Exception {
        String pom = """
                <project>
                  <groupId>org.apache.maven.plugins</groupId>
                  <artifactId>maven-tidy-plugin</artifactId>
                  <version>1.2.0-SNAPSHOT</version>
                  <build><plugins><plugin>
                    <artifactId>maven-tidy-plugin</artifactId>
                    <version>1.2.0-SNAPSHOT</version>
                  </plugin></plugins></build>
                </project>
                """;

        PomEdit edit = editor.edit(POM, utf8(pom), Set.of(new ArtifactKey("org.apache.maven.plugins", "maven-tidy-plugin")),
                SNAPSHOT, RELEASE, Optional.empty());

        assertBytes(edit.after(), utf8(pom.replace(SNAPSHOT, RELEASE)));
        assertThat(edit.changes()).containsExactly(
                new PomChange(4, "project/version", SNAPSHOT, RELEASE),
                new PomChange(7, "plugin org.apache.maven.plugins:maven-tidy-plugin", SNAPSHOT, RELEASE));
    }

    @Test
    void crlfLineEndsTabsAndAMissingFinalNewlineStay() throws Exception {
        String pom = ROOT.replace("\n", "\r\n").stripTrailing();
        String expected = ROOT_RELEASED.replace("\n", "\r\n").stripTrailing();

        PomEdit edit = edit(pom, SNAPSHOT, RELEASE);

        assertBytes(edit.after(), utf8(expected));
        assertThat(edit.changes()).extracting(PomChange::line).containsExactly(10, 23, 43);
    }

    @Test
    void aUtf8ByteOrderMarkStays() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        PomEdit edit = edit(concat(bom, utf8(ROOT)), SNAPSHOT, RELEASE);

        assertBytes(edit.after(), concat(bom, utf8(ROOT_RELEASED)));
    }

    @Test
    void aUtf16PomWithByteOrderMarkIsEditedInUtf16() throws Exception {
        String pom = ROOT.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        String expected = ROOT_RELEASED.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};

        PomEdit edit = edit(concat(bom, pom.getBytes(StandardCharsets.UTF_16LE)), SNAPSHOT, RELEASE);

        assertBytes(edit.after(), concat(bom, expected.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void theDeclaredEncodingIsKept() throws Exception {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String pom = """
                <?xml version='1.0' encoding='ISO-8859-1'?>
                <project>
                  <!-- Zoë's café: the bytes before the version are one per character -->
                  <groupId>com.acme</groupId>
                  <artifactId>acme-core</artifactId>
                  <version>1.2.0-SNAPSHOT</version>
                </project>
                """;

        PomEdit edit = edit(pom.getBytes(latin1), SNAPSHOT, RELEASE);

        assertBytes(edit.after(), pom.replace(SNAPSHOT, RELEASE).getBytes(latin1));
        assertThat(edit.changes()).containsExactly(new PomChange(6, "project/version", SNAPSHOT, RELEASE));
    }

    @Test
    void aPomThatDoesNotChangeSaysSo() throws Exception {
        String pom = """
                <project>
                  <parent><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>1.2.0</version></parent>
                  <artifactId>acme-core</artifactId>
                </project>
                """;

        PomEdit edit = edit(pom, RELEASE, RELEASE);

        assertThat(edit.changed()).isFalse();
        assertThat(edit.changes()).isEmpty();
        assertBytes(edit.after(), edit.before());
    }

    @Test
    void theOutputTimestampIsSetWhenTheTimestampIsGiven() throws Exception {
        String pom = """
                <project>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-parent</artifactId>
                  <version>1.2.0-SNAPSHOT</version>
                  <properties>
                    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                  <profiles><profile><properties>
                    <project.build.outputTimestamp>2025-01-01T00:00:00Z</project.build.outputTimestamp>
                  </properties></profile></profiles>
                </project>
                """;
        String expected = once(pom.replace(SNAPSHOT, RELEASE), "2026-01-01T00:00:00Z", TIMESTAMP);

        PomEdit edit = editor.edit(POM, utf8(pom), REACTOR, SNAPSHOT, RELEASE, Optional.of(TIMESTAMP));

        assertBytes(edit.after(), utf8(expected));
        assertThat(edit.changes()).containsExactly(
                new PomChange(4, "project/version", SNAPSHOT, RELEASE),
                new PomChange(6, "property project.build.outputTimestamp", "2026-01-01T00:00:00Z", TIMESTAMP));
        assertThat(edit(pom, SNAPSHOT, RELEASE).changes()).extracting(PomChange::element)
                .containsExactly("project/version");
    }

    @Test
    void anOutputTimestampExpressionIsLeftAlone() throws Exception {
        String pom = """
                <project>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-parent</artifactId>
                  <version>1.2.0-SNAPSHOT</version>
                  <properties><project.build.outputTimestamp>${git.commit.time}</project.build.outputTimestamp></properties>
                </project>
                """;

        PomEdit edit = editor.edit(POM, utf8(pom), REACTOR, SNAPSHOT, RELEASE, Optional.of(TIMESTAMP));

        assertBytes(edit.after(), utf8(pom.replace(SNAPSHOT, RELEASE)));
    }

    private static String ciFriendly(String version, String properties) {
        return """
                <project>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-parent</artifactId>
                  <version>%s</version>
                  <properties>
                %s
                  </properties>
                  <dependencies><dependency>
                    <groupId>com.acme</groupId><artifactId>acme-api</artifactId><version>${revision}</version>
                  </dependency></dependencies>
                </project>
                """.formatted(version, properties);
    }

    @Test
    void aRevisionVersionChangesTheRevisionProperty() throws Exception {
        String pom = ciFriendly("${revision}", "    <revision>1.2.0-SNAPSHOT</revision>");

        PomEdit released = edit(pom, SNAPSHOT, RELEASE);
        PomEdit next = edit(released.after(), RELEASE, NEXT);

        assertBytes(released.after(), utf8(ciFriendly("${revision}", "    <revision>1.2.0</revision>")));
        assertThat(released.changes()).containsExactly(new PomChange(6, "property revision", SNAPSHOT, RELEASE));
        assertBytes(next.after(), utf8(ciFriendly("${revision}", "    <revision>1.2.1-SNAPSHOT</revision>")));
        assertThat(next.changes()).containsExactly(new PomChange(6, "property revision", RELEASE, NEXT));
    }

    @Test
    void aRevisionAndChangelistVersionMovesTheSnapshotSuffixIntoTheChangelist() throws Exception {
        String version = "${revision}${changelist}";
        String pom = ciFriendly(version, "    <revision>1.2.0</revision>\n    <changelist>-SNAPSHOT</changelist>");

        PomEdit released = edit(pom, SNAPSHOT, RELEASE);
        PomEdit next = edit(released.after(), RELEASE, NEXT);

        assertBytes(released.after(), utf8(
                ciFriendly(version, "    <revision>1.2.0</revision>\n    <changelist></changelist>")));
        assertThat(released.changes()).containsExactly(new PomChange(7, "property changelist", "-SNAPSHOT", ""));
        assertBytes(next.after(), utf8(
                ciFriendly(version, "    <revision>1.2.1</revision>\n    <changelist>-SNAPSHOT</changelist>")));
        assertThat(next.changes()).containsExactly(
                new PomChange(6, "property revision", RELEASE, "1.2.1"),
                new PomChange(7, "property changelist", "", "-SNAPSHOT"));
    }

    @Test
    void anEmptyChangelistElementGetsItsSuffixBack() throws Exception {
        String version = "${revision}${sha1}${changelist}";
        String pom = ciFriendly(version, "    <revision>1.2.0</revision>\n    <sha1/>\n    <changelist/>");

        PomEdit next = edit(pom, RELEASE, NEXT);

        assertBytes(next.after(), utf8(ciFriendly(version,
                "    <revision>1.2.1</revision>\n    <sha1/>\n    <changelist>-SNAPSHOT</changelist>")));
        assertThat(next.changes()).containsExactly(
                new PomChange(6, "property revision", RELEASE, "1.2.1"),
                new PomChange(8, "property changelist", "", "-SNAPSHOT"));
    }

    @Test
    void aModuleInheritingTheRevisionHasNothingToChange() throws Exception {
        String pom = """
                <project>
                  <parent>
                    <groupId>com.acme</groupId>
                    <artifactId>acme-parent</artifactId>
                    <version>${revision}</version>
                  </parent>
                  <artifactId>acme-core</artifactId>
                </project>
                """;

        assertThat(edit(pom, SNAPSHOT, RELEASE).changed()).isFalse();
    }

    @Test
    void aRevisionSetNowhereInThePomFails() {
        String pom = """
                <project>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-parent</artifactId>
                  <version>${revision}</version>
                </project>
                """;

        assertThatThrownBy(() -> edit(pom, SNAPSHOT, RELEASE))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'edit': core/pom.xml:4: the version ${revision} needs the property 'revision',"
                        + " which is not set in this pom's <properties>."
                        + " Fix: set <revision>1.2.0-SNAPSHOT</revision> in <properties> (devflow does not edit"
                        + " .mvn/maven.config or command-line properties).");
    }

    @Test
    void revisionPropertiesThatDoNotReadTheOldVersionFail() {
        String pom = ciFriendly("${revision}${changelist}",
                "    <revision>1.1.0</revision>\n    <changelist>-SNAPSHOT</changelist>");

        assertThatThrownBy(() -> edit(pom, SNAPSHOT, RELEASE))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'edit': core/pom.xml:4: the version ${revision}${changelist} reads"
                        + " 1.1.0-SNAPSHOT, but the release is made from 1.2.0-SNAPSHOT."
                        + " Fix: set the properties so that it reads 1.2.0-SNAPSHOT.");
    }

    @Test
    void aMissingChangelistIsNamedWithTheValueItNeeds() {
        String pom = ciFriendly("${revision}${changelist}", "    <revision>1.2.0</revision>");

        assertThatThrownBy(() -> edit(pom, SNAPSHOT, RELEASE))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining("core/pom.xml:4: the version ${revision}${changelist} needs the property"
                        + " 'changelist'")
                .hasMessageContaining("Fix: set <changelist>-SNAPSHOT</changelist> in <properties>");
    }

    @Test
    void aMalformedPomFailsWithFileAndLine() {
        String pom = """
                <project>
                  <groupId>com.acme</groupId>
                  <version>1.2.0-SNAPSHOT</versio>
                </project>
                """;

        assertThatThrownBy(() -> edit(pom, SNAPSHOT, RELEASE))
                .isInstanceOfSatisfying(ReleaseFailure.class, failure -> assertThat(failure.step()).isEqualTo(ReleaseStep.EDIT))
                .hasMessage("Release step 'edit': core/pom.xml:3: the pom is not well-formed XML: The element type"
                        + " \"version\" must be terminated by the matching end-tag \"</version>\"."
                        + " Fix: correct the XML at that line; the release changed nothing.");
    }

    @Test
    void aProjectVersionOtherThanTheOldVersionFails() {
        String pom = """
                <project>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-core</artifactId>
                  <version>1.1.0-SNAPSHOT</version>
                </project>
                """;

        assertThatThrownBy(() -> edit(pom, SNAPSHOT, RELEASE))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'edit': core/pom.xml:4: the project version is 1.1.0-SNAPSHOT,"
                        + " but the release is made from 1.2.0-SNAPSHOT."
                        + " Fix: give every pom of the reactor the version 1.2.0-SNAPSHOT"
                        + " (or let modules inherit it from their parent).");
    }

    @Test
    void aReactorParentAtAnotherVersionFails() {
        String pom = """
                <project>
                  <parent>
                    <groupId>com.acme</groupId>
                    <artifactId>acme-parent</artifactId>
                    <version>1.1.0</version>
                  </parent>
                  <artifactId>acme-core</artifactId>
                </project>
                """;

        assertThatThrownBy(() -> edit(pom, SNAPSHOT, RELEASE))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'edit': core/pom.xml:5: the parent version is 1.1.0,"
                        + " but the release is made from 1.2.0-SNAPSHOT."
                        + " Fix: give every pom of the reactor the version 1.2.0-SNAPSHOT"
                        + " (or let modules inherit it from their parent).");
    }

    @Test
    void aVersionWrittenWithCdataFailsInsteadOfLosingTheMarkup() {
        String pom = """
                <project>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-core</artifactId>
                  <version><![CDATA[1.2.0-SNAPSHOT]]></version>
                </project>
                """;

        assertThatThrownBy(() -> edit(pom, SNAPSHOT, RELEASE))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'edit': core/pom.xml:4: project/version is written with CDATA, an entity"
                        + " or a comment, which devflow will not rewrite."
                        + " Fix: write it as plain text: <version>1.2.0-SNAPSHOT</version>.");
    }

    @Test
    void aVersionExpressionOtherThanRevisionFails() {
        String pom = """
                <project>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-core</artifactId>
                  <version>${acme.version}</version>
                </project>
                """;

        assertThatThrownBy(() -> edit(pom, SNAPSHOT, RELEASE))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'edit': core/pom.xml:4: the project version is the expression"
                        + " ${acme.version}; devflow can only set a literal version or one made of ${revision},"
                        + " ${sha1} and ${changelist}."
                        + " Fix: write the version literally (1.2.0-SNAPSHOT) or as ${revision}.");
    }

    @Test
    void theArtifactKeyPrintsAsMavenCoordinates() {
        assertThat(new ArtifactKey("com.acme", "acme-core")).hasToString("com.acme:acme-core");
    }

    /** Compares as text first, for a readable difference, then byte for byte. */
    private static void assertBytes(byte[] actual, byte[] expected) {
        assertThat(new String(actual, StandardCharsets.ISO_8859_1)).isEqualTo(new String(expected, StandardCharsets.ISO_8859_1));
        assertThat(actual).isEqualTo(expected);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
