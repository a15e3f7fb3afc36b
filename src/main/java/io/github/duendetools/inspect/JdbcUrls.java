package io.github.duendetools.inspect;

import java.util.regex.Pattern;

/** JDBC URLs as they may be printed: every password form a driver accepts inside a URL masked. */
public final class JdbcUrls {

    private static final String MASK = "****";
    /** password=... in a query string or a ;-separated property list (PostgreSQL, MySQL, SQL Server, H2). */
    private static final Pattern PROPERTY = Pattern.compile("(?i)((?:password|pwd|passwd)\\s*=\\s*)(\\{[^}]*}|[^;&]*)");
    /** user:password@host (MySQL, MariaDB, PostgreSQL multi-host forms). */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)([^@/]*)(@)");
    /** Oracle's thin form user/password@host. */
    private static final Pattern ORACLE = Pattern.compile("(?i)(jdbc:oracle:[a-z]+:[^/@:]+/)([^@]*)(@)");

    private JdbcUrls() {
    }

    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = PROPERTY.matcher(url).replaceAll("$1" + MASK);
        masked = USER_INFO.matcher(masked).replaceAll("$1" + MASK + "$3");
        return ORACLE.matcher(masked).replaceAll("$1" + MASK + "$3");
    }

    /** A driver's message with the URL masked and any occurrence of the password replaced. */
    public static String scrub(String text, String url, String password) {
        String result = text == null ? "" : text;
        if (url != null && !url.isEmpty()) {
            result = result.replace(url, mask(url));
        }
        if (password != null && !password.isEmpty()) {
            result = result.replace(password, MASK);
        }
        return result.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
