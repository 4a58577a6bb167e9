package io.factdesk.source;

import io.factdesk.system.Limits;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address of a source: which addresses are accepted (absolute http or https only), and the
 * normalised form under which two spellings of one address count as the same source. The rules
 * are listed in docs/sources.md; {@code SourceUrlTest} has an example of each.
 *
 * <p>{@link java.net.URI} takes the address apart (scheme, authority, path, query, fragment) and
 * checks IPv6 literals; characters it would refuse although browsers send them ({@code | [ ] { } ^ `}
 * outside the host, a lone {@code %}) are escaped first. The authority is read here, because
 * {@code URI} gives no host for internationalised or otherwise unusual names.
 */
public final class SourceUrl {

    /** Longest accepted address, in code points. */
    public static final int MAX_LENGTH = Limits.URL;

    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?");

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
        int slashes = v.indexOf("://");
        int authorityEnd = slashes < 0 ? -1 : endOfAuthority(v, slashes + 3);
        if (slashes >= 0 && authorityEnd == slashes + 3 && v.substring(0, slashes).matches("(?i)https?")) {
            throw new Refused(hostMissing(label, v.substring(0, slashes).toLowerCase(Locale.ROOT)));
        }
        URI uri;
        try {
            uri = new URI(acceptable(v, authorityEnd));
        } catch (URISyntaxException e) {
            boolean inHost = slashes >= 0 && e.getIndex() >= slashes + 3 && e.getIndex() <= authorityEnd;
            throw new Refused(inHost ? label + " has an invalid host “" + v.substring(slashes + 3, authorityEnd) + "”."
                    : label + " is not a valid address.");
        }
        // "example.org:8080/page" and "localhost:80" are host and port, not a scheme.
        if (uri.getScheme() == null || (uri.isOpaque() && Character.isDigit(uri.getRawSchemeSpecificPart().charAt(0)))) {
            throw new Refused(label + " must be a full address that starts with http:// or https://"
                    + " (e.g. https://example.org/page), not a relative one.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused(label + " must be an http:// or https:// address; " + scheme
                    + ": addresses are not accepted.");
        }
        String authority = uri.getRawAuthority();
        if (uri.isOpaque() || authority == null || authority.isEmpty()) {
            throw new Refused(hostMissing(label, scheme));
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
        if (host.startsWith("[")) {
            // URI has checked the IPv6 literal (a malformed one is refused above).
            return new Parts(scheme, host.toLowerCase(Locale.ROOT), port, uri.getRawPath(), uri.getRawQuery());
        }
        return new Parts(scheme, host(host, scheme, label), port, uri.getRawPath(), uri.getRawQuery());
    }

    private static String hostMissing(String label, String scheme) {
        return label + " must name a host after " + scheme + "://, e.g. " + scheme + "://example.org/page.";
    }

    /** Where the authority that starts at {@code from} ends: at the first /, ? or #, else at the end. */
    private static int endOfAuthority(String v, int from) {
        int end = from;
        while (end < v.length() && "/?#".indexOf(v.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /**
     * The address with what {@link URI} would refuse in a path, query or fragment, though browsers
     * send it, percent-escaped: a lone %, a second #, and {@code | [ ] { } ^ `}. The scheme and the
     * authority are left as typed, so that URI judges them, and the positions it reports are the
     * address's own.
     */
    private static String acceptable(String v, int authorityEnd) {
        StringBuilder out = new StringBuilder(v.length() + 16).append(v, 0, Math.max(0, authorityEnd));
        boolean inFragment = false;
        for (int i = Math.max(0, authorityEnd); i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%' && !(i + 2 < v.length() && isHexDigit(v.charAt(i + 1)) && isHexDigit(v.charAt(i + 2)))) {
                out.append("%25");
            } else if ((c == '#' && inFragment) || "|[]{}^`".indexOf(c) >= 0) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
            inFragment |= c == '#';
        }
        return out.toString();
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
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
        String ascii;
        try {
            // A name may be percent-escaped UTF-8 (RFC 3986, 3.2.2): "b%C3%BCcher.de" is "bücher.de".
            String name = host.indexOf('%') < 0 ? host
                    : URLDecoder.decode(host.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
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

    /**
     * RFC 3986, 5.2.4: "/a/./b/../c" is "/a/c". Not {@link URI#normalize}, which follows RFC 2396:
     * it also merges empty segments ("/a//b" is another document than "/a/b") and keeps a ".."
     * that climbs above the root.
     */
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
