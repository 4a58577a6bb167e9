package io.factdesk.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 keep-alive connection on a plain socket: the cheapest client there is, so that the
 * driver's own cost stays small beside the server's (java.net.http would add its own executor and
 * connection pool, and wrk cannot make a transition's body from the previous answer). Understands
 * Content-Length and chunked bodies, reconnects when the server closes.
 */
final class Http implements AutoCloseable {

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A credential given instead of a cookie that is a whole Authorization header line ({@link #basic}, {@link #bearer}). */
    static final String AUTHORIZATION = "Authorization: ";

    static String basic(String user, String password) {
        return AUTHORIZATION + "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return AUTHORIZATION + "Bearer " + token;
    }

    private final String host;
    private final int port;
    private final String cookie;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Http(String host, int port, String cookie) {
        this.host = host;
        this.port = port;
        this.cookie = cookie;
    }

    Response get(String path) throws IOException {
        return send("GET", path, null, null);
    }

    Response postJson(String path, String json) throws IOException {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Response send(String method, String path, String contentType, byte[] body) throws IOException {
        try {
            return exchange(method, path, contentType, body);
        } catch (IOException e) {
            // A kept-alive connection the server closed in between: one fresh try.
            close();
            return exchange(method, path, contentType, body);
        }
    }

    private Response exchange(String method, String path, String contentType, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(300_000);
            in = new BufferedInputStream(socket.getInputStream(), 65_536);
            out = socket.getOutputStream();
        }
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Accept: */*\r\n");
        if (cookie != null) {
            head.append(cookie.startsWith(AUTHORIZATION) ? cookie : "Cookie: " + cookie).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length)
                    .append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            out.write(headBytes);
        } else {
            byte[] all = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, all, 0, headBytes.length);
            System.arraycopy(body, 0, all, headBytes.length, body.length);
            out.write(all);
        }
        out.flush();
        String status = line();
        if (status == null) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(); l != null && !l.isEmpty(); l = line()) {
            int colon = l.indexOf(':');
            String name = l.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = l.substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + "\n" + b);
        }
        byte[] content;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int semi = size.indexOf(';');
                int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (n == 0) {
                    for (String l = line(); l != null && !l.isEmpty(); l = line()) {
                        // trailers
                    }
                    break;
                }
                all.write(in.readNBytes(n));
                line();
            }
            content = all.toByteArray();
        } else if (headers.containsKey("content-length")) {
            content = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if (code == 204 || code == 304 || method.equals("HEAD")) {
            content = new byte[0];
        } else {
            content = in.readAllBytes();
            close();
        }
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            close();
        }
        return new Response(code, headers, content);
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int len = b.length();
                if (len > 0 && b.charAt(len - 1) == '\r') {
                    b.setLength(len - 1);
                }
                return b.toString();
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** Signs in with the form (POST /j_security_check) and answers the session cookie, "name=value". */
    static String signIn(String host, int port, String user, String password) throws IOException {
        try (Http http = new Http(host, port, null)) {
            String form = "j_username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                    + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
            Response r = http.send("POST", "/j_security_check", "application/x-www-form-urlencoded",
                    form.getBytes(StandardCharsets.UTF_8));
            String cookies = r.headers().getOrDefault("set-cookie", "");
            for (String c : cookies.split("\n")) {
                if (c.startsWith("factdesk-session=")) {
                    return c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                }
            }
            throw new IOException("sign-in of " + user + " failed: " + r.status() + " " + r.headers());
        }
    }
}
