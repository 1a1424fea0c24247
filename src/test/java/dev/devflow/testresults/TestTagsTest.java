package dev.devflow.testresults;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Tags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads the tags of the fixture classes below from this module's own compiled test classes. */
class TestTagsTest {

    @TempDir
    Path folder;

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Tag("smoke")
    @interface SmokeTest {
    }

    @Tag("integration")
    static class Base {
    }

    /** Fixture, not a test: the methods carry tags but no {@code @Test}, so nothing runs them. */
    @Tag("slow")
    static class Tagged extends Base {
        @Tag("e2e")
        void throughTheBrowser() {
        }

        @Tags({@Tag("fast"), @Tag("pure")})
        void repeated() {
        }

        @SmokeTest
        void composed() {
        }

        void plain() {
        }

        static class Inner {
            void nested() {
            }
        }
    }

    private static Path testClasses() throws Exception {
        return Path.of(TestTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static TestCase test(Class<?> type, String name) {
        return new TestCase(type.getName(), name, "unit", BigDecimal.ZERO, TestCase.Outcome.PASSED, 0, "r.xml");
    }

    @Test
    void aTestCarriesItsMethodsClassesSuperclassesAndComposedTags() throws Exception {
        TestTags tags = new TestTags(testClasses());

        assertThat(tags.of(test(Tagged.class, "throughTheBrowser"))).containsExactly("e2e", "slow", "integration");
        assertThat(tags.of(test(Tagged.class, "repeated()"))).containsExactly("fast", "pure", "slow", "integration");
        assertThat(tags.of(test(Tagged.class, "composed"))).containsExactly("smoke", "slow", "integration");
        assertThat(tags.of(test(Tagged.class, "plain"))).containsExactly("slow", "integration");
        assertThat(tags.of(test(Tagged.Inner.class, "nested"))).containsExactly("slow", "integration");
    }

    @Test
    void aClassThatIsNotAmongTheTestClassesHasNoTags() throws Exception {
        assertThat(new TestTags(testClasses()).of(new TestCase("com.acme.Gone", "x", "unit", BigDecimal.ZERO,
                TestCase.Outcome.PASSED, 0, "r.xml"))).isEmpty();
    }

    @Test
    void aBrokenClassFileIsNamed() throws Exception {
        Path broken = folder.resolve("com/acme/BrokenTest.class");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "not a class");

        assertThatThrownBy(() -> new TestTags(folder).of(new TestCase("com.acme.BrokenTest", "x", "unit",
                BigDecimal.ZERO, TestCase.Outcome.PASSED, 0, "r.xml")))
                .hasMessageContaining("BrokenTest.class").hasMessageContaining("cannot be read for its tags");
    }

    @Test
    void aReportedNameIsCutToTheMethodName() {
        assertThat(TestTags.methodName("add(int)[1]")).isEqualTo("add");
        assertThat(TestTags.methodName("totals")).isEqualTo("totals");
        assertThat(TestTags.methodName("rows[2]")).isEqualTo("rows");
    }
}
