package dev.hisaab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.Test;

class AotModeTests {

    @Test
    void generatedDefinitionsAreUsedFromAJar() throws Exception {
        // the standalone jar's nested URLs (jar:nested:...) are jar URLs too; their handler exists only in that jar
        assertThat(AotMode.fromPackagedJar(new URL("jar:file:/opt/hisaab/hisaab.jar!/dev/hisaab/" + AotMode.GENERATED)))
                .isTrue();
    }

    @Test
    void notFromAFolderWhereTheyMayBeOlderThanTheCodeNorWhenMissing() throws Exception {
        assertThat(AotMode.fromPackagedJar(new URL("file:/work/hisaab/target/classes/dev/hisaab/" + AotMode.GENERATED)))
                .isFalse();
        assertThat(AotMode.fromPackagedJar(null)).isFalse();
    }

    @Test
    void theTestsRunFromFoldersAndSoWithoutIt() {
        // this JVM runs the classes from target/classes: the process tests start the application the same way
        assertThat(AotMode.fromPackagedJar(HisaabApplication.class.getResource(AotMode.GENERATED))).isFalse();
    }
}
