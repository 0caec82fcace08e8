package dev.hisaab.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Who connects and with which password. The password is never taken from the command line: it is read from a
 * password file (first line), else from the environment variable named by the caller, else from
 * {@code HISAAB_DB_PASSWORD}, else from {@code PGPASSWORD}; with none, the driver's own means apply (trust, peer,
 * {@code ~/.pgpass}). The user is the one given, else {@code HISAAB_DB_USER}, else {@code PGUSER}, else the URL's
 * {@code user=} parameter. {@link #toString()} never shows the password.
 *
 * @param user     the user name, or null to leave it to the URL and the driver
 * @param password the password, or null for none
 */
public record DatabaseLogin(String user, String password) {

    /** The environment variable read for the password when no other is named. */
    public static final String PASSWORD_ENV = "HISAAB_DB_PASSWORD";

    /** A login with neither user nor password: the URL and the driver decide. */
    public static DatabaseLogin none() {
        return new DatabaseLogin(null, null);
    }

    /**
     * Resolves a login.
     *
     * @param user         the user given explicitly, or null
     * @param passwordFile a file whose first line is the password, or null
     * @param passwordEnv  the name of an environment variable holding the password, or null
     * @param env          the environment ({@link System#getenv()})
     * @throws IOException when the password file cannot be read or is empty
     */
    public static DatabaseLogin resolve(String user, Path passwordFile, String passwordEnv, Map<String, String> env)
            throws IOException {
        String who = firstNonBlank(user, env.get("HISAAB_DB_USER"), env.get("PGUSER"));
        String password;
        if (passwordFile != null) {
            password = readPasswordFile(passwordFile);
        } else if (passwordEnv != null && !passwordEnv.isBlank()) {
            password = env.get(passwordEnv);
            if (password == null) {
                throw new IOException("environment variable " + passwordEnv + " (the password) is not set");
            }
        } else {
            password = firstNonBlank(env.get(PASSWORD_ENV), env.get("PGPASSWORD"));
        }
        return new DatabaseLogin(who, password);
    }

    /** Opens a connection to {@code url} with this login; errors never contain the password. */
    public Connection connect(DatabaseUrl url) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "hisaab");
        return DriverManager.getConnection(url.url(), properties);
    }

    @Override
    public String toString() {
        return "DatabaseLogin[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }

    private static String readPasswordFile(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read password file " + file + ": " + e.getClass().getSimpleName(), e);
        }
        String first = text.lines().findFirst().orElse("");
        if (first.isEmpty()) {
            throw new IOException("password file " + file + " is empty; its first line must be the password");
        }
        return first;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
