package io.factdesk.source;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of a source: which addresses are accepted (absolute http or https only), and the
 * normalised form under which two spellings of one address count as the same source. The rules
 * are listed in docs/sources.md; {@code SourceUrlTest} has an example of each.
 */
public final class SourceUrl {

    /** Longest accepted address, in code points. */
    public static final int MAX_LENGTH = io.factdesk.system.Limits.URL;

    /** RFC 3986, appendix B: scheme, authority, path, query, fragment. */
    private static final Pattern PARTS = Pattern.compile("^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$",
            Pattern.DOTALL);

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?");

    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+\\]");

    /** Query parameters that only say how a reader arrived (campaigns, click ids); any {@code utm_*} too. */
    static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid",
            "msclkid", "twclid", "ttclid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi",
            "mkt_tok", "ref_src", "ref_url", "cmpid", "ocid", "at_medium", "at_campaign");

    private SourceUrl() {
    }

    /** Why an address is refused, for {@link #refusal}; the message starts with the field's label. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private record Parts(String scheme, String host, Integer port, String path, String query) {
    }

    /**
     * Null when the value is an absolute http or https address with a host; otherwise what is wrong
     * with it, as a sentence that starts with the label ("URL must be ...").
     */
    public static String refusal(String value, String label) {
        try {
            parse(value, label);
            return null;
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    /**
     * The duplicate-detection form of an address that {@link #refusal} accepted: http folded into
     * https, host in lower case without "www.", no default port, no user information, path with dot
     * segments resolved and no trailing slash, tracking parameters dropped and the others sorted,
     * percent-escapes in one spelling, no fragment.
     */
    public static String normalize(String value) {
        Parts p;
        try {
            p = parse(value, "URL");
        } catch (Refused e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        StringBuilder key = new StringBuilder("https://");
        String host = p.host().startsWith("www.") && p.host().length() > 4 ? p.host().substring(4) : p.host();
        key.append(host);
        boolean defaultPort = p.port() == null || (p.scheme().equals("http") && p.port() == 80)
                || (p.scheme().equals("https") && p.port() == 443);
        if (!defaultPort) {
            key.append(':').append(p.port());
        }
        String path = removeDotSegments(escapes(p.path()));
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        key.append(path);
        if (p.query() != null) {
            List<String> kept = new ArrayList<>();
            for (String param : p.query().split("[&]")) {
                if (param.isEmpty()) {
                    continue;
                }
                String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) {
                    continue;
                }
                kept.add(escapes(param));
            }
            kept.sort(null);
            if (!kept.isEmpty()) {
                key.append('?').append(String.join("&", kept));
            }
        }
        return key.toString();
    }

    private static Parts parse(String value, String label) throws Refused {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new Refused(label + " is required.");
        }
        if (v.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new Refused(label + " must not contain spaces or line breaks (a space is written %20).");
        }
        if (v.indexOf('\\') >= 0) {
            throw new Refused(label + " must not contain a backslash (\\); addresses use forward slashes.");
        }
        if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0 || v.indexOf('"') >= 0) {
            throw new Refused(label + " must not contain <, > or \" (they are written %3C, %3E and %22).");
        }
        Matcher m = PARTS.matcher(v);
        if (!m.matches()) {
            throw new Refused(label + " is not a valid address.");
        }
        String scheme = m.group(1);
        String afterColon = scheme == null ? "" : v.substring(scheme.length() + 1);
        // "example.org:8080/page" and "localhost:80" are host and port, not a scheme.
        if (scheme == null || !SCHEME.matcher(scheme).matches() || afterColon.matches("\\d.*")) {
            throw new Refused(label + " must be a full address that starts with http:// or https://"
                    + " (e.g. https://example.org/page), not a relative one.");
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused(label + " must be an http:// or https:// address; " + scheme
                    + ": addresses are not accepted.");
        }
        String authority = m.group(2);
        if (authority == null || authority.isEmpty()) {
            throw new Refused(label + " must name a host after " + scheme + "://, e.g. " + scheme
                    + "://example.org/page.");
        }
        if (authority.indexOf('@') >= 0) {
            throw new Refused(label + " must not contain a user name or password.");
        }
        String host = authority;
        Integer port = null;
        int colon = authority.startsWith("[") ? authority.indexOf(':', Math.max(0, authority.indexOf(']')))
                : authority.indexOf(':');
        if (colon >= 0) {
            host = authority.substring(0, colon);
            String digits = authority.substring(colon + 1);
            if (!digits.isEmpty()) {
                if (!digits.matches("\\d{1,5}") || Integer.parseInt(digits) > 65535) {
                    throw new Refused(label + " has an invalid port “" + digits + "”.");
                }
                port = Integer.valueOf(digits);
            }
        }
        return new Parts(scheme, host(host, scheme, label), port, m.group(3), m.group(4));
    }

    private static String host(String raw, String scheme, String label) throws Refused {
        String host = raw.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new Refused(label + " must name a host after " + scheme + "://, e.g. " + scheme
                    + "://example.org/page.");
        }
        if (host.startsWith("[")) {
            if (!IPV6.matcher(host).matches()) {
                throw new Refused(label + " has an invalid host “" + raw + "”.");
            }
            return host;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Refused(label + " has an invalid host “" + raw + "”.");
        }
        if (ascii.isEmpty() || !Arrays.stream(ascii.split("\\.", -1)).allMatch(l -> HOST_LABEL.matcher(l).matches())) {
            throw new Refused(label + " has an invalid host “" + raw + "”.");
        }
        return ascii;
    }

    /**
     * One spelling for every character: escapes in upper case, unreserved characters unescaped,
     * everything outside ASCII or not allowed in a URL escaped (UTF-8), a lone % escaped as %25.
     */
    private static String escapes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                int decoded = Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16);
                if (isUnreserved(decoded)) {
                    out.append((char) decoded);
                } else {
                    appendEscape(out, decoded);
                }
                i += 2;
            } else if (isUnreserved(b) || (b < 0x80 && "!$&'()*+,;=:@/?".indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                appendEscape(out, b);
            }
        }
        return out.toString();
    }

    private static void appendEscape(StringBuilder out, int b) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    /** RFC 3986, 5.2.4: "/a/./b/../c" is "/a/c". */
    private static String removeDotSegments(String path) {
        if (path.isEmpty()) {
            return path;
        }
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (s.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(s);
            }
        }
        return "/" + String.join("/", kept);
    }
}
