package io.factdesk.system;

import io.quarkus.qute.TemplateExtension;

/**
 * Quotation marks around quoted text without doubling them (docs/ui.md, "Quotation marks").
 *
 * <p>A claim's words are often cut from a quotation, so they may already begin or end with a double
 * quotation mark; wrapping them in “ ” again printed {@code transition””}. Only double marks count
 * (“ ” „ " « »): a single ’ at the end is as often an apostrophe ("the workers’") as a closing mark.
 */
public final class QuoteMarks {

    private static final String OPENING = "“„\"«”";
    private static final String CLOSING = "”\"»“";

    private QuoteMarks() {
    }

    /** The text between “ and ”, leaving out a mark the text already has at that end. */
    @TemplateExtension
    public static String quoted(String text) {
        if (text == null) {
            return null;
        }
        return (opens(text) ? "" : "“") + text + (closes(text) ? "" : "”");
    }

    /**
     * Classes for a {@code <q>} element holding this text: {@code has-open-mark} and/or {@code has-close-mark},
     * which the stylesheet reads to leave out the mark the browser would add at that end.
     */
    @TemplateExtension
    public static String quoteMarks(String text) {
        if (text == null) {
            return "";
        }
        return ((opens(text) ? "has-open-mark " : "") + (closes(text) ? "has-close-mark" : "")).strip();
    }

    static boolean opens(String text) {
        String t = text.stripLeading();
        return !t.isEmpty() && OPENING.indexOf(t.charAt(0)) >= 0;
    }

    static boolean closes(String text) {
        String t = text.stripTrailing();
        return !t.isEmpty() && CLOSING.indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
