package io.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.claim.EditGenerator.Case;
import io.factdesk.claim.EditGenerator.Expected;
import io.factdesk.claim.EditGenerator.Kind;
import io.factdesk.claim.Reanchoring.Outcome;
import io.factdesk.claim.Reanchoring.Placement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The re-anchoring engine on the scripted edits of EditGenerator, with the known right outcome and place
 * of every claim (docs/text-and-anchors.md, "Re-anchoring in a new version"). Prints the figures per edit
 * kind for the development articles (1–3) and the held-out ones (4–5).
 */
class ReanchoringQualityTest {

    /** Counts of one group of claims. */
    static final class Tally {
        int far;
        int farRight;
        int near;
        int nearRight;
        int wrong;
        int missed;

        void add(Tally o) {
            far += o.far;
            farRight += o.farRight;
            near += o.near;
            nearRight += o.nearRight;
            wrong += o.wrong;
            missed += o.missed;
        }

        double nearShare() {
            return near == 0 ? 1 : (double) nearRight / near;
        }

        @Override
        public String toString() {
            return String.format("untouched %d/%d, near an edit %d/%d (%.1f %%), missed %d, WRONG %d",
                    farRight, far, nearRight, near, 100 * nearShare(), missed, wrong);
        }
    }

    private static List<Case> cases;
    private static final Map<Kind, Tally> DEV = new EnumMap<>(Kind.class);
    private static final Map<Kind, Tally> HELD_OUT = new EnumMap<>(Kind.class);
    private static final List<String> WRONGS = new ArrayList<>();
    private static final List<String> MISSES = new ArrayList<>();

    @BeforeAll
    static void run() {
        cases = EditGenerator.cases();
        for (Case c : cases) {
            List<Placement> placed = Reanchoring.place(c.oldBody(), c.newBody(), c.anchors());
            Tally t = (c.heldOut() ? HELD_OUT : DEV).computeIfAbsent(c.kind(), k -> new Tally());
            for (int i = 0; i < c.expected().size(); i++) {
                Expected e = c.expected().get(i);
                Placement p = placed.get(i);
                boolean right = p.outcome() == e.outcome()
                        && (e.outcome() == Outcome.ORPHANED || (p.start().equals(e.start()) && p.end().equals(e.end())));
                boolean wrong = p.outcome() != Outcome.ORPHANED
                        && (e.outcome() == Outcome.ORPHANED || !p.start().equals(e.start()) || !p.end().equals(e.end()));
                if (e.near()) {
                    t.near++;
                    t.nearRight += right ? 1 : 0;
                } else {
                    t.far++;
                    t.farRight += right ? 1 : 0;
                }
                String line = c.article() + " " + c.kind() + " (" + c.description() + ") claim " + e.claimId()
                        + ": expected " + e.outcome() + " " + e.start() + "–" + e.end() + ", got " + p.outcome() + " "
                        + p.start() + "–" + p.end() + " " + (p.exact() == null ? "" : "\"" + p.exact() + "\"");
                if (wrong) {
                    t.wrong++;
                    WRONGS.add(line);
                } else if (!right) {
                    t.missed++;
                    MISSES.add(line);
                }
            }
        }
        print("development (articles 1–3)", DEV);
        print("held out (articles 4–5)", HELD_OUT);
        MISSES.stream().limit(40).forEach(m -> System.out.println("miss: " + m));
        WRONGS.forEach(w -> System.out.println("WRONG: " + w));
    }

    private static Tally print(String title, Map<Kind, Tally> byKind) {
        Tally all = new Tally();
        System.out.println("Re-anchoring, " + title + ":");
        byKind.forEach((k, t) -> {
            System.out.println(String.format("  %-24s %s", k, t));
            all.add(t);
        });
        System.out.println(String.format("  %-24s %s", "ALL", all));
        return all;
    }

    private static Tally total(Map<Kind, Tally> byKind) {
        Tally all = new Tally();
        byKind.values().forEach(all::add);
        return all;
    }

    @Test
    void atLeast300EditsOfEveryKind() {
        assertTrue(cases.size() >= 300, cases.size() + " edits");
        for (Kind k : Kind.values()) {
            assertTrue(cases.stream().filter(c -> c.kind() == k && !c.heldOut()).count() >= 5, k + " in development");
            assertTrue(cases.stream().filter(c -> c.kind() == k && c.heldOut()).count() >= 5, k + " held out");
        }
    }

    @Test
    void noClaimIsPlacedOnWrongWords() {
        assertEquals(List.of(), WRONGS);
    }

    @Test
    void everyClaimInUntouchedTextLandsOnItsWords() {
        for (Tally t : List.of(total(DEV), total(HELD_OUT))) {
            assertEquals(t.far, t.farRight, t.toString());
        }
    }

    @Test
    void claimsNearAnEditGetTheRightOutcome() {
        assertTrue(total(DEV).nearShare() >= 0.98, "development: " + total(DEV));
        assertTrue(total(HELD_OUT).nearShare() >= 0.98, "held out: " + total(HELD_OUT));
    }
}
