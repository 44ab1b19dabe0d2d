package org.annals.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

/**
 * Who may use a server ({@link AccessGuard}): the names it answers to, the other origins whose pages may call it, its
 * access token, and whether it adds documents.
 *
 * @param allowedHosts   names (with or without a port) accepted in the {@code Host} header besides the address served
 *                       ({@code --allow-host}); on loopback only these and {@code 127.0.0.1}, {@code localhost},
 *                       {@code [::1]} at the port served are accepted; beyond loopback any name is, unless this list
 *                       is given
 * @param allowedOrigins origins ({@code scheme://host[:port]}) whose pages may call the API across origins
 *                       ({@code --allow-origin}); answered with exact CORS headers
 * @param token          the access token every request must show, or null for none (allowed only on loopback)
 * @param readOnly       true: {@code POST /api/documents} is refused (403)
 */
public record AccessSettings(List<String> allowedHosts, List<String> allowedOrigins, String token, boolean readOnly) {

    /** The shortest token accepted: 16 characters (a generated one has 43: 256 random bits). */
    public static final int MIN_TOKEN_LENGTH = 16;

    public AccessSettings {
        allowedHosts = List.copyOf(allowedHosts);
        allowedOrigins = List.copyOf(allowedOrigins);
        for (String h : allowedHosts) {
            Authority a = Authority.parse(h);
            if (a == null) {
                throw new IllegalArgumentException("not a host name (NAME or NAME:PORT): '" + h + "'");
            }
        }
        for (String o : allowedOrigins) {
            Authority.Origin origin = Authority.Origin.parse(o);
            String rest = origin == null ? null : o.strip().substring(o.strip().indexOf("://") + 3);
            if (origin == null || rest.indexOf('/') >= 0 && rest.indexOf('/') != rest.length() - 1) {
                throw new IllegalArgumentException("not an origin (http://HOST[:PORT] or https://HOST[:PORT], no"
                        + " path): '" + o + "'");
            }
        }
        if (token != null) {
            checkToken(token);
        }
    }

    /**
     * Checks a token's form: at least {@value #MIN_TOKEN_LENGTH} characters, printable ASCII without spaces, quotes,
     * commas, semicolons or backslashes (so that it travels unchanged in a header, a cookie and a URL).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void checkToken(String token) {
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the access token must have at least " + MIN_TOKEN_LENGTH
                    + " characters (it has " + token.length() + ")");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c > '~' || c == ';' || c == ',' || c == '"' || c == '\\' || c == '&' || c == '#'
                    || c == '%' || c == '+') {
                throw new IllegalArgumentException("the access token must be printable ASCII without spaces,"
                        + " quotes, commas, semicolons, backslashes or URL delimiters (& # % +)");
            }
        }
    }

    /** No token, no other host or origin, documents accepted: for a server on loopback. */
    public static AccessSettings open() {
        return new AccessSettings(List.of(), List.of(), null, false);
    }

    public AccessSettings withToken(String t) {
        return new AccessSettings(allowedHosts, allowedOrigins, t, readOnly);
    }

    public AccessSettings withAllowedHosts(List<String> hosts) {
        return new AccessSettings(hosts, allowedOrigins, token, readOnly);
    }

    public AccessSettings withAllowedOrigins(List<String> origins) {
        return new AccessSettings(allowedHosts, origins, token, readOnly);
    }

    public AccessSettings withReadOnly(boolean r) {
        return new AccessSettings(allowedHosts, allowedOrigins, token, r);
    }

    /**
     * True when {@code host} (an address or name to listen on) is this machine's loopback interface only:
     * {@code 127.0.0.0/8}, {@code ::1}, {@code localhost}. {@code 0.0.0.0}, {@code ::} and any other address are not.
     */
    public static boolean isLoopback(String host) {
        Objects.requireNonNull(host, "host");
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = !h.isEmpty() && (h.indexOf(':') >= 0 || h.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9'));
        if (!literal) {
            return false; // a name: it may resolve elsewhere, so it is not taken as loopback
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
