package tr.manset.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackagingTest {

    @Test
    void tellsTheExecutableJarsLoaderFromPlainClassLoaders() {
        assertThat(Packaging.nested("org.springframework.boot.loader.launch.LaunchedClassLoader")).isTrue();
        assertThat(Packaging.nested(PackagingTest.class.getClassLoader().getClass().getName())).isFalse();
        assertThat(Packaging.nested("jdk.internal.loader.ClassLoaders$AppClassLoader")).isFalse();
    }
}
