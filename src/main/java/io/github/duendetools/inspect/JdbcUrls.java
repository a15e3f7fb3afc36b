package io.github.duendetools.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URLs as they may be printed: every password form a driver accepts inside a URL masked. */
public final class JdbcUrls {

    private static final String MASK = "****";
    /** The key of a password property, in a query string or a ;-separated property list (PostgreSQL, MySQL, SQL Server, H2). */
    private static final Pattern PROPERTY = Pattern.compile("(?i)(?:password|pwd|passwd)\\s*=\\s*");
    /** user:password@host (MySQL, MariaDB, PostgreSQL multi-host forms). */
    private static final Pattern USER_INFO = Pattern.compile("//[^/:@]*:([^@/]*)@");
    /** Oracle's thin form user/password@host. */
    private static final Pattern ORACLE = Pattern.compile("(?i)jdbc:oracle:[a-z]+:[^/@:]+/([^@]*)@");

    private JdbcUrls() {
    }

    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        List<int[]> spans = secretSpans(url);
        StringBuilder masked = new StringBuilder(url.length());
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                // Overlapping forms: the mask already written covers this one up to where it ends.
                at = Math.max(at, span[1]);
                continue;
            }
            masked.append(url, at, span[0]).append(MASK);
            at = span[1];
        }
        return masked.append(url.substring(at)).toString();
    }

    /** A driver's message with the URL masked and every password the URL or the credentials hold replaced. */
    public static String scrub(String text, String url, String password) {
        String result = text == null ? "" : text;
        if (url != null && !url.isEmpty()) {
            result = result.replace(url, mask(url));
            // A driver that reads the URL otherwise than we do quotes a part of it: "Incorrect port value :
            // s3cret@db" for a user-info password MariaDB does not take.
            for (int[] span : secretSpans(url)) {
                String secret = url.substring(span[0], span[1]);
                if (!secret.isEmpty()) {
                    result = result.replace(secret, MASK);
                }
            }
        }
        if (password != null && !password.isEmpty()) {
            result = result.replace(password, MASK);
        }
        return result.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** Where the URL holds a password: start and end offsets, in order. */
    private static List<int[]> secretSpans(String url) {
        List<int[]> spans = new ArrayList<>();
        int query = url.indexOf('?');
        Matcher m = PROPERTY.matcher(url);
        while (m.find()) {
            spans.add(new int[] {m.end(), propertyEnd(url, m.end(), query >= 0 && m.start() > query)});
        }
        for (Pattern p : new Pattern[] {USER_INFO, ORACLE}) {
            Matcher u = p.matcher(url);
            while (u.find()) {
                spans.add(new int[] {u.start(1), u.end(1)});
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        return spans;
    }

    /**
     * Where a property's value ends. In a query string only {@code &} separates, so {@code password=Semi;colon} is one
     * value; in a {@code ;}-separated list (SQL Server, H2) a value ends at {@code ;}, unless it is braced
     * ({@code {a;b}}, {@code }}} for a brace), and anything after the closing brace up to the next {@code ;} is masked
     * too rather than shown.
     */
    private static int propertyEnd(String url, int start, boolean inQuery) {
        if (inQuery) {
            int amp = url.indexOf('&', start);
            return amp < 0 ? url.length() : amp;
        }
        int from = start;
        if (start < url.length() && url.charAt(start) == '{') {
            int i = start + 1;
            while (i < url.length()) {
                if (url.charAt(i) == '}') {
                    if (i + 1 < url.length() && url.charAt(i + 1) == '}') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i++;
            }
            from = Math.min(i + 1, url.length());
        }
        int semicolon = url.indexOf(';', from);
        return semicolon < 0 ? url.length() : semicolon;
    }
}
