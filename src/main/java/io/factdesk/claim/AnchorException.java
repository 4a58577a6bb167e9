package io.factdesk.claim;

import java.util.List;

/** A claim's anchor could not be placed in the article; the message tells a reviewer what to change. */
public class AnchorException extends RuntimeException {

    public enum Reason { EMPTY, INCOMPLETE_POSITION, OUT_OF_RANGE, MISMATCH, NOT_FOUND, AMBIGUOUS }

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final String field;
    private final List<TextAnchor> candidates;

    public AnchorException(Reason reason, String field, String message) {
        this(reason, field, message, List.of());
    }

    public AnchorException(Reason reason, String field, String message, List<TextAnchor> candidates) {
        super(message);
        this.reason = reason;
        this.field = field;
        this.candidates = List.copyOf(candidates);
    }

    public Reason reason() {
        return reason;
    }

    /** The request field at fault, e.g. "position", "quote.exact", "quote". */
    public String field() {
        return field;
    }

    /** Every occurrence a client may choose from; empty unless the reason is AMBIGUOUS. */
    public List<TextAnchor> candidates() {
        return candidates;
    }
}
