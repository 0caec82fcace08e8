package dev.hisaab.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The work database: where Spring Batch keeps the job repository (run history and restart state). Embedded H2 in
 * {@code ./.hisaab/} unless {@code --work-db <jdbc-url>} is on the command line or {@code HISAAB_WORK_DB} is set.
 * The DataSource is built when the Spring context starts, before picocli parses anything, so the command line is
 * scanned for the option here and turned into {@code spring.datasource.*} properties. The login follows
 * {@link DatabaseLogin} (user from {@code HISAAB_DB_USER}/{@code PGUSER} or the URL's {@code user=}; password from
 * {@code HISAAB_DB_PASSWORD}/{@code PGPASSWORD} or {@code ~/.pgpass}). The Batch tables are created when missing:
 * Spring Boot runs Spring Batch's schema script with {@code continue-on-error} on, so on a database that already has
 * them each {@code CREATE} fails harmlessly and the next start works.
 */
public final class WorkDatabase {

    /** The command-line option. */
    public static final String OPTION = "--work-db";
    /** The environment variable used when the option is absent. */
    public static final String ENV = "HISAAB_WORK_DB";

    private WorkDatabase() {
    }

    /** The work database URL from {@code --work-db URL} / {@code --work-db=URL} in {@code args}, else the environment. */
    public static String find(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(OPTION + "=")) {
                return args[i].substring(OPTION.length() + 1);
            }
            if (args[i].equals("--")) {
                break;
            }
        }
        String fromEnv = env.get(ENV);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }

    /**
     * The Spring properties that put the job repository in the work database named by {@code args} or {@code env};
     * empty to keep the embedded default.
     *
     * @throws IllegalArgumentException when the URL is not a JDBC URL or carries a password
     */
    public static Map<String, Object> properties(String[] args, Map<String, String> env) {
        String given = find(args, env);
        Map<String, Object> properties = new LinkedHashMap<>();
        if (given == null) {
            return properties;
        }
        DatabaseUrl url = DatabaseUrl.of(given);
        DatabaseLogin login;
        try {
            login = DatabaseLogin.resolve(null, null, null, env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("spring.datasource.url", url.url());
        if (url.isPostgres()) {
            properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
        }
        // empty means "not set": Spring Boot then passes no user/password and the URL or the driver decides
        properties.put("spring.datasource.username", login.user() == null ? "" : login.user());
        properties.put("spring.datasource.password", login.password() == null ? "" : login.password());
        return properties;
    }
}
