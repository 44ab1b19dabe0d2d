package org.annals.server;

import java.util.Locale;

/**
 * A host and port as a browser names a server: from a {@code Host} header ({@code 127.0.0.1:8080},
 * {@code [::1]:8080}, {@code localhost}), an {@code Origin} ({@code http://127.0.0.1:8080}) or an
 * {@code --allow-host} / {@code --allow-origin} argument. Host names are compared in lower case; IPv6 literals keep
 * their brackets.
 *
 * @param host the host, lower case ({@code [::1]} for IPv6)
 * @param port the port, or -1 when none was given
 */
record Authority(String host, int port) {

    static final int NO_PORT = -1;

    /** The authority of a {@code Host} header or an {@code --allow-host} value, or null when malformed. */
    static Authority parse(String hostAndPort) {
        if (hostAndPort == null) {
            return null;
        }
        String s = hostAndPort.strip();
        if (s.isEmpty()) {
            return null;
        }
        String host;
        String rest;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = s.substring(0, close + 1);
            rest = s.substring(close + 1);
        } else {
            int colon = s.indexOf(':');
            if (colon >= 0 && s.indexOf(':', colon + 1) >= 0) {
                return new Authority("[" + s.toLowerCase(Locale.ROOT) + "]", NO_PORT); // a bare IPv6 literal
            }
            host = colon < 0 ? s : s.substring(0, colon);
            rest = colon < 0 ? "" : s.substring(colon);
        }
        if (host.isEmpty() || !validHost(host)) {
            return null;
        }
        int port = NO_PORT;
        if (!rest.isEmpty()) {
            if (!rest.startsWith(":") || rest.length() == 1 || rest.length() > 6) {
                return null;
            }
            for (int i = 1; i < rest.length(); i++) {
                if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
                    return null;
                }
            }
            port = Integer.parseInt(rest.substring(1));
            if (port > 65535) {
                return null;
            }
        }
        return new Authority(host.toLowerCase(Locale.ROOT), port);
    }

    /** The same host, with {@code defaultPort} when no port was given. */
    Authority withDefaultPort(int defaultPort) {
        return port == NO_PORT ? new Authority(host, defaultPort) : this;
    }

    @Override
    public String toString() {
        return port == NO_PORT ? host : host + ":" + port;
    }

    private static boolean validHost(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_' || c == '[' || c == ']' || c == ':' || c == '%';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A web origin: scheme and authority, the port always given ({@code http} 80, {@code https} 443 when absent).
     *
     * @param scheme    {@code http} or {@code https}
     * @param authority host and port
     */
    record Origin(String scheme, Authority authority) {

        /** The origin at the start of a URL ({@code Origin} header, {@code Referer}, {@code --allow-origin}), or null. */
        static Origin parse(String url) {
            if (url == null) {
                return null;
            }
            String s = url.strip();
            int sep = s.indexOf("://");
            if (sep <= 0) {
                return null;
            }
            String scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
            int defaultPort = switch (scheme) {
                case "http" -> 80;
                case "https" -> 443;
                default -> NO_PORT;
            };
            if (defaultPort == NO_PORT) {
                return null;
            }
            String rest = s.substring(sep + 3);
            int end = rest.length();
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (c == '/' || c == '?' || c == '#') {
                    end = i;
                    break;
                }
            }
            String hostPort = rest.substring(0, end);
            if (hostPort.indexOf('@') >= 0) {
                return null; // user info: not an origin
            }
            Authority a = Authority.parse(hostPort);
            return a == null ? null : new Origin(scheme, a.withDefaultPort(defaultPort));
        }

        int defaultPort() {
            return "https".equals(scheme) ? 443 : 80;
        }

        @Override
        public String toString() {
            return scheme + "://" + (authority.port() == defaultPort() ? authority.host() : authority.toString());
        }
    }
}
