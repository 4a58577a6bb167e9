package io.factdesk.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies a JSON Lines export the way the Python script of docs/history.md does, written again
 * from the document and deliberately sharing no code with the application: if the application's
 * canonical form drifted from what the document says, this would stop agreeing with it.
 */
final class ExportVerifier {

    /** The outcome: the events read and the last hash, or the first problem. */
    record Outcome(boolean ok, long events, String head, String problem) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportVerifier() {
    }

    static Outcome verify(String export) throws IOException {
        String prevHash = "0".repeat(64);
        long expectedSeq = 1;
        for (String line : export.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            ObjectNode event = (ObjectNode) JSON.readTree(line);
            String stated = event.remove("hash").asText();
            long seq = event.get("seq").asLong();
            if (!sha256(canonical(event)).equals(stated)) {
                return new Outcome(false, expectedSeq - 1, null, "event " + seq + ": hash mismatch");
            }
            if (seq != expectedSeq) {
                return new Outcome(false, expectedSeq - 1, null, "event " + expectedSeq + ": gap in sequence");
            }
            if (!event.get("prevHash").asText().equals(prevHash)) {
                return new Outcome(false, expectedSeq - 1, null, "event " + seq + ": broken link");
            }
            prevHash = stated;
            expectedSeq++;
        }
        return new Outcome(true, expectedSeq - 1, prevHash, null);
    }

    /** JSON with sorted member names, no white space, and RFC 8785's string escapes. */
    static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                sorted.put(member.getKey(), member.getValue());
            }
            List<String> members = new ArrayList<>();
            sorted.forEach((name, value) -> {
                StringBuilder member = new StringBuilder();
                string(name, member);
                member.append(':');
                write(value, member);
                members.add(member.toString());
            });
            out.append('{').append(String.join(",", members)).append('}');
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            out.append('[').append(String.join(",", items)).append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNull() || node.isBoolean()) {
            out.append(node.asText());
        } else {
            throw new IllegalArgumentException("Not in the canonical form: " + node);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        s.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c));
            }
        });
        out.append('"');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
