package dev.hisaab;

import dev.hisaab.cli.ExitCodes;
import dev.hisaab.database.WorkDatabase;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.env.MapPropertySource;

/** Spring Boot entry point: wiring only; the picocli command tree does the work. */
@SpringBootApplication
public class HisaabApplication {

    public static void main(String[] args) {
        AotMode.apply();
        SpringApplication application;
        try {
            application = application(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("hisaab: " + WorkDatabase.OPTION + ": " + e.getMessage());
            System.exit(ExitCodes.USAGE);
            return;
        }
        org.springframework.context.ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's ahead-of-time processing, which stops the application once the context is defined
        } catch (RuntimeException e) {
            // the context could not start (the work database, mostly): one line, the trace only on request
            System.err.println("hisaab: " + StartupFailure.message(e));
            if (java.util.Arrays.asList(args).contains("--stacktrace")) {
                e.printStackTrace();
            }
            System.exit(ExitCodes.FAILED);
            return;
        }
        System.exit(SpringApplication.exit(context));
    }

    /**
     * The application, with the work database of {@code --work-db} (or {@code HISAAB_WORK_DB}) applied before the
     * context, and so the job repository's DataSource, is created.
     */
    public static SpringApplication application(String[] args, Map<String, String> env) {
        SpringApplication application = new SpringApplication(HisaabApplication.class);
        Map<String, Object> workDb = WorkDatabase.properties(args, env);
        if (!workDb.isEmpty()) {
            application.addInitializers(context -> context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("hisaab-work-db", workDb)));
        }
        return application;
    }
}
