package io.factdesk.audit;

import io.factdesk.system.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain's rules, as docs/history.md writes them down: the canonical form of an event and
 * the SHA-256 over it. Pure functions; the appender, the verifier and the export all use these, so
 * that there is one definition of what is hashed.
 */
public final class AuditChain {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    /** Time in the canonical form: UTC, always six fractional digits (microseconds, as both databases store). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /**
     * What is hashed of one event. {@code before} and {@code after} are canonical JSON texts
     * ({@link CanonicalJson#write}), embedded as they are stored.
     */
    public record Content(long seq, Instant occurredAt, Long actorId, String actorName, String type, Long articleId,
            Long claimId, String before, String after, String comment, String prevHash) {

        /**
         * The canonical form: one JSON object, members in sorted order, no white space. Written by hand
         * rather than through a map so that 1,000,000 events verify without re-parsing their JSON.
         */
        public String canonical() {
            StringBuilder out = new StringBuilder(256 + before.length() + after.length());
            out.append("{\"actor\":");
            string(actorName, out);
            out.append(",\"actorId\":").append(actorId);
            out.append(",\"after\":").append(after);
            out.append(",\"articleId\":").append(articleId);
            out.append(",\"before\":").append(before);
            out.append(",\"claimId\":").append(claimId);
            out.append(",\"comment\":");
            string(comment, out);
            out.append(",\"occurredAt\":");
            string(formatTime(occurredAt), out);
            out.append(",\"prevHash\":");
            string(prevHash, out);
            out.append(",\"seq\":").append(seq);
            out.append(",\"type\":");
            string(type, out);
            return out.append('}').toString();
        }

        public String hash() {
            return Hashes.sha256(canonical());
        }

        private static void string(String value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else {
                CanonicalJson.appendString(value, out);
            }
        }
    }

    /** An instant as the chain stores it: truncated to microseconds, which both databases keep exactly. */
    public static Instant chainTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String formatTime(Instant instant) {
        return TIME.format(instant);
    }
}
