package dev.devflow.maven;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class PropertySettingsTest {

    @Test
    void keepsOnlyDevflowPropertiesSortedByName() {
        Properties project = properties("devflow.lint.skip", "false", "project.build.sourceEncoding", "UTF-8",
                "devflow.coverage.minimum", "0.8");
        Properties user = properties("maven.build.cache.location", "/tmp/cache");

        assertThat(PropertySettings.of(project, user))
                .isEqualTo("{devflow.coverage.minimum=0.8, devflow.lint.skip=false}");
    }

    @Test
    void theCommandLineWinsOverThePom() {
        Properties project = properties("devflow.coverage.minimum", "0.8");
        Properties user = properties("devflow.coverage.minimum", "0.99");

        assertThat(PropertySettings.of(project, user)).isEqualTo("{devflow.coverage.minimum=0.99}");
    }

    @Test
    void aChangedSettingChangesTheText() {
        Properties none = new Properties();

        assertThat(PropertySettings.of(none, properties("devflow.coverage.minimum", "0.9")))
                .isNotEqualTo(PropertySettings.of(none, properties("devflow.coverage.minimum", "0.91")))
                .isNotEqualTo(PropertySettings.of(none, none));
    }

    @Test
    void noPropertiesAtAllIsAnEmptyText() {
        assertThat(PropertySettings.of(null, null)).isEqualTo("{}");
    }

    private static Properties properties(String... namesAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }
}
