package dev.hisaab.database;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL as an operator gives it ({@code --db}, {@code --work-db}, a {@code jdbc} source's {@code url}). It must
 * not carry a password: one in a URL ends up in shell history, process lists, job parameters and logs. Passwords come
 * from the environment or a password file instead ({@link DatabaseLogin}). {@link #toString()} is the masked form.
 *
 * @param url the URL, starting with {@code jdbc:}
 */
public record DatabaseUrl(String url) {

    /** {@code password=}, {@code sslpassword=} ... as a URL parameter ({@code ?}, {@code &} or {@code ;} before it). */
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("([?&;])([a-z_.-]*password[a-z_.-]*)=([^&;]*)", Pattern.CASE_INSENSITIVE);
    /** {@code //user:secret@host}: a password in the authority. */
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:?;&]*):([^/@?;&]*)@");

    public DatabaseUrl {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a JDBC URL is required, e.g. jdbc:postgresql://db.example:5432/portal");
        }
        url = url.strip();
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + mask(url)
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        if (PASSWORD_PARAMETER.matcher(url).find() || USER_INFO_PASSWORD.matcher(url).find()) {
            throw new IllegalArgumentException("the JDBC URL " + mask(url) + " contains a password; remove it and give "
                    + "the password in HISAAB_DB_PASSWORD or PGPASSWORD (or a password file)");
        }
    }

    /** Parses a URL given by an operator. */
    public static DatabaseUrl of(String url) {
        return new DatabaseUrl(url);
    }

    /** Whether this is a PostgreSQL URL ({@code jdbc:postgresql:}). */
    public boolean isPostgres() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /** The URL with any password replaced by {@code ***}; safe to print. */
    public String masked() {
        return mask(url);
    }

    @Override
    public String toString() {
        return masked();
    }

    /** {@code text} with every password-looking part of a URL replaced by {@code ***}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PASSWORD_PARAMETER.matcher(text);
        String masked = m.replaceAll("$1$2=***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1:***@");
    }
}
