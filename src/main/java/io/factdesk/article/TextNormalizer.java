package io.factdesk.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The single text form in which article bodies are stored and quotes are matched, so that offsets
 * and hashes stay stable whatever editor or scraper produced the text. Rules: docs/text-and-anchors.md.
 */
public final class TextNormalizer {

    /** A paragraph of a normalized body; start/end are code point offsets, end exclusive. */
    public record Paragraph(int start, int end, String text) {}

    private static final String PARAGRAPH_BREAK = "\n\n";

    private TextNormalizer() {}

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        // Controls go before NFC: a control between a letter and its combining mark would otherwise
        // keep them apart on the first pass and let them compose on the second (not idempotent).
        String unified = unifyBreaksSpacesAndControls(raw);
        return collapse(Normalizer.normalize(unified, Normalizer.Form.NFC));
    }

    /** A quote pasted by a user, in the same form as a body so the two can be compared. */
    public static String normalizeFragment(String raw) {
        return normalize(raw);
    }

    /** Splits a normalized body on paragraph breaks. */
    public static List<Paragraph> paragraphs(String body) {
        List<Paragraph> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        int from = 0;
        int cp = 0;
        while (true) {
            int brk = body.indexOf(PARAGRAPH_BREAK, from);
            int to = brk < 0 ? body.length() : brk;
            int length = body.codePointCount(from, to);
            if (length > 0) {
                out.add(new Paragraph(cp, cp + length, body.substring(from, to)));
            }
            if (brk < 0) {
                return out;
            }
            cp += length + PARAGRAPH_BREAK.length();
            from = brk + PARAGRAPH_BREAK.length();
        }
    }

    /** Rules 2, 4 and the first half of 5: only "\n" and " " remain as whitespace; controls go. */
    private static String unifyBreaksSpacesAndControls(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u0085', '\u2028' -> out.append('\n');
                case '\u2029' -> out.append(PARAGRAPH_BREAK);
                default -> {
                    if (isHorizontalSpace(c)) {
                        out.append(' ');
                    } else if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Rules 1, 5, 6 and 7 in one pass: whitespace is held back until the next visible character
     * decides what it becomes, so nothing is emitted at line or text ends.
     */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int breaks = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                space = true;
            } else if (c == '\n') {
                breaks++;
                space = false;
            } else if (c == '\uFEFF' && out.length() == 0) {
                // A BOM is dropped even after leading blank lines, or a second pass would drop it.
            } else {
                if (out.length() > 0) {
                    if (breaks >= 2) {
                        out.append(PARAGRAPH_BREAK);
                    } else if (breaks == 1) {
                        out.append('\n');
                    } else if (space) {
                        out.append(' ');
                    }
                }
                breaks = 0;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
