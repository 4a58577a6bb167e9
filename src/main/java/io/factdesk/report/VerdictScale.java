package io.factdesk.report;

import io.factdesk.claim.RatingLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rating scale as readers see it on the public pages and the share cards: each label's colour
 * (its palette slot, the same colours as the desk's verdict badges) and a verdict's place on the
 * numbered part of the scale, from the worst rating to the best, with the words a screen reader
 * reads instead of the meter: "Rated Mostly false: 2nd of 5 on the scale from False to True".
 * docs/reports.md, "Public pages".
 *
 * @param labels every label of the organisation's scale, retired ones too, in the scale's order
 */
public record VerdictScale(List<Label> labels) {

    /**
     * The verdict colours, by palette slot: the desk's (css/review.css, {@code .badge.verdict.vc-N}),
     * in report/public.css for the pages and drawn by {@link ShareCard}. White text reads on each at 6:1 or more.
     */
    static final int[] PALETTE = {0x166534, 0x3f6212, 0x854d0e, 0x9a3412, 0x991b1b, 0x6b21a8, 0x4b5563, 0x075985};

    /** One label: {@code rating} null for a label without a number; {@code colour} its palette slot. */
    public record Label(String label, Integer rating, int colour, boolean retired) {
    }

    /** One step of the meter, worst first. */
    public record Step(String label, String cssClass, boolean current) {
    }

    /**
     * A verdict as the public pages show it.
     *
     * @param place the verdict's place on the numbered scale counted from the worst (1 = worst); null
     *              for a label without a number (Misleading, Unverifiable) or a scale of fewer than two
     * @param steps the numbered labels, worst first, for the meter; empty when there is no scale to show
     * @param text  the meter in words, for screen readers
     */
    public record Shown(String label, int colour, String cssClass, Integer place, List<Step> steps, String worst,
            String best, String text) {

        /** "2nd of 5 on the scale from False to True", or for a label beside the scale what it is. */
        public String placeWords() {
            return steps.isEmpty() ? "" : VerdictScale.placeWords(place, steps.size(), worst, best);
        }
    }

    /** The palette slot's colour as RGB, e.g. {@code 0x166534}. */
    public static int rgb(int slot) {
        return PALETTE[Math.floorMod(slot, PALETTE.length)];
    }

    /** The CSS class of a palette slot, as on the desk: {@code vc-3}. */
    public static String cssClass(int slot) {
        return RatingLabel.paletteClass(slot);
    }

    /** How the verdict of each claim of the report is shown, by claim id; claims without a verdict are left out. */
    public Map<Long, Shown> of(Report report) {
        Map<Long, Shown> shown = new LinkedHashMap<>();
        for (Report.ReportClaim c : report.claims()) {
            if (c.verdict() != null) {
                shown.put(c.id(), of(c.verdict()));
            }
        }
        return shown;
    }

    /** How one verdict is shown. */
    public Shown of(Report.Verdict verdict) {
        Label own = labels.stream().filter(l -> l.label().equals(verdict.label())).findFirst()
                .orElse(new Label(verdict.label(), verdict.rating(), 6, true)); // a label no longer on the scale: grey
        List<Label> numbered = new ArrayList<>(labels.stream()
                .filter(l -> l.rating() != null && (!l.retired() || l.label().equals(own.label()))).toList());
        numbered.sort(Comparator.comparingInt(Label::rating));
        if (numbered.size() < 2) {
            return new Shown(own.label(), own.colour(), cssClass(own.colour()), null, List.of(), null, null,
                    "Rated " + own.label());
        }
        List<Step> steps = new ArrayList<>(numbered.size());
        Integer place = null;
        for (int i = 0; i < numbered.size(); i++) {
            Label l = numbered.get(i);
            boolean current = l.label().equals(own.label());
            if (current) {
                place = i + 1;
            }
            steps.add(new Step(l.label(), cssClass(l.colour()), current));
        }
        String worst = numbered.get(0).label();
        String best = numbered.get(numbered.size() - 1).label();
        return new Shown(own.label(), own.colour(), cssClass(own.colour()), place, List.copyOf(steps), worst, best,
                "Rated " + own.label() + ": " + placeWords(place, steps.size(), worst, best));
    }

    /** "2nd of 5 on the scale from False to True"; for a label without a number, that it has no place. */
    static String placeWords(Integer place, int steps, String worst, String best) {
        String scale = "the scale from " + worst + " to " + best;
        return place == null ? "not a place on " + scale : ordinal(place) + " of " + steps + " on " + scale;
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return String.format(Locale.ROOT, "%d%s", n, suffix);
    }
}
