package org.entente.localstack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL JDBC URLs: {@code jdbc:postgresql://host[:port][/database][?parameters]}. */
public final class JdbcUrls {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(\\?.*)?");
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private JdbcUrls() {
    }

    /**
     * The same server and parameters with another database, e.g. {@code jdbc:postgresql://db:5432/?ssl=true} and
     * {@code catalog} give {@code jdbc:postgresql://db:5432/catalog?ssl=true}.
     */
    public static String withDatabase(String url, String database) {
        Matcher m = parse(url);
        String parameters = m.group(3) == null ? "" : m.group(3);
        return m.group(1) + "/" + requireValidDatabaseName(database) + parameters;
    }

    /** The database the URL names, if it names one. */
    public static Optional<String> database(String url) {
        String database = parse(url).group(2);
        return database == null || database.isEmpty() ? Optional.empty() : Optional.of(database);
    }

    /**
     * Checks a database or role name: lower-case letters, digits and underscores, not starting with a digit. Such a
     * name needs no quoting in SQL.
     */
    public static String requireValidDatabaseName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid database name (lower-case letters, digits, '_'): "
                    + name);
        }
        return name;
    }

    private static Matcher parse(String url) {
        Matcher m = URL.matcher(url == null ? "" : url.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/...): " + url);
        }
        return m;
    }
}
