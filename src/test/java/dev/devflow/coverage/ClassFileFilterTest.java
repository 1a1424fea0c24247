package dev.devflow.coverage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassFileFilterTest {

    @Test
    void followsAntPatternsAsJacocoMavenPluginDoes() {
        ClassFileFilter filter = new ClassFileFilter(List.of("com/acme/generated/**", "**/*Dto.class", "Main?.class"));

        assertThat(filter.excludes("com/acme/generated/Foo.class")).isTrue();
        assertThat(filter.excludes("com/acme/generated/deep/Foo.class")).isTrue();
        assertThat(filter.excludes("OrderDto.class")).isTrue();
        assertThat(filter.excludes("com/acme/OrderDto.class")).isTrue();
        assertThat(filter.excludes("Main1.class")).isTrue();
        assertThat(filter.excludes("com/acme/Order.class")).isFalse();
        assertThat(filter.excludes("com/acme/generatedX/Foo.class")).isFalse();
        assertThat(filter.excludes("Main12.class")).isFalse();
    }
}
