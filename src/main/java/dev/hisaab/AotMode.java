package dev.hisaab;

import java.net.URL;

/**
 * Whether the Spring context starts from the bean definitions the build generated ahead of time (Spring's AOT mode,
 * {@code spring.aot.enabled}) instead of working them out at every start by scanning and parsing the configuration
 * classes: a quarter less time and CPU to start (docs/benchmarks.md). The build generates them when it packages the
 * jar ({@code spring-boot-maven-plugin:process-aot}), so a packaged jar uses them; classes run from a folder (the tests,
 * an IDE) do not, as any generated classes lying there may be older than the code beside them. An explicit
 * {@code -Dspring.aot.enabled=true|false} always wins.
 */
final class AotMode {

    static final String PROPERTY = "spring.aot.enabled";

    /** The class the build generates, whose presence means the jar holds generated definitions. */
    static final String GENERATED = "HisaabApplication__ApplicationContextInitializer.class";

    private AotMode() {
    }

    /** Sets {@link #PROPERTY} for this JVM unless given: true when this code runs from a jar built with definitions. */
    static void apply() {
        if (System.getProperty(PROPERTY) == null && fromPackagedJar(HisaabApplication.class.getResource(GENERATED))) {
            System.setProperty(PROPERTY, "true");
        }
    }

    /** Whether the generated class was found inside a jar (a plain or a nested one): not missing, not in a folder. */
    static boolean fromPackagedJar(URL generated) {
        return generated != null && "jar".equals(generated.getProtocol());
    }
}
