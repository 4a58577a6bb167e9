package io.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.claim.Reanchoring.Anchor;
import io.factdesk.claim.Reanchoring.Outcome;
import io.factdesk.claim.Reanchoring.Placement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReanchoringTest {

    private static final String OLD = "The council met on Monday.\n\n"
            + "The mayor said that 450,000 residents lost water for two days.\n\n"
            + "Repairs will cost 3 million euros, the utility said.";

    private static Anchor anchor(String body, String exact) {
        TextAnchor t = Anchoring.resolve(body, null, null, exact, null, null);
        return new Anchor(7, t.start(), t.end(), t.exact(), t.prefix(), t.suffix());
    }

    private static Placement one(String oldBody, String newBody, String exact) {
        return Reanchoring.place(oldBody, newBody, List.of(anchor(oldBody, exact))).get(0);
    }

    @Test
    void untouchedTextIsUnchanged() {
        String quote = "Repairs will cost 3 million euros";
        String edited = OLD.replace("met on Monday", "met on Mondey").replace("Mondey", "Monday");
        Placement p = one(OLD, edited, quote);
        assertEquals(Outcome.UNCHANGED, p.outcome());
        assertEquals(OLD.indexOf(quote), p.start());
        assertEquals(quote, p.exact());
    }

    @Test
    void textInsertedBeforeMovesTheClaim() {
        String quote = "450,000 residents lost water for two days";
        String edited = OLD.replace("The council met", "A new paragraph comes first.\n\nThe council met");
        Placement p = one(OLD, edited, quote);
        assertEquals(Outcome.MOVED, p.outcome());
        assertEquals(edited.indexOf(quote), p.start());
        assertEquals(edited.indexOf(quote) + quote.length(), p.end());
    }

    @Test
    void editedFigureIsChangedAndNamed() {
        String quote = "The mayor said that 450,000 residents lost water for two days.";
        String edited = OLD.replace("450,000", "470,000");
        Placement p = one(OLD, edited, quote);
        assertEquals(Outcome.CHANGED, p.outcome());
        assertEquals("The mayor said that 470,000 residents lost water for two days.", p.exact());
        assertEquals(edited.indexOf("The mayor"), p.start());
        assertEquals(List.of("450,000 residents → 470,000 residents"), p.figureChanges());
    }

    @Test
    void deletedQuoteIsOrphaned() {
        String quote = "The mayor said that 450,000 residents lost water for two days.";
        String edited = OLD.replace(quote + "\n\n", "");
        Placement p = one(OLD, edited, quote);
        assertEquals(Outcome.ORPHANED, p.outcome());
        assertNull(p.start());
        assertNull(p.exact());
    }

    @Test
    void quoteStandingTwiceWithoutContextIsOrphanedWithCandidates() {
        String old = "Officials said prices rose. More followed later.";
        String quote = "prices rose";
        // the claim's sentence is rewritten and the quote now stands twice, both in new surroundings
        String edited = "Yesterday prices rose sharply. Then prices rose again.";
        Placement p = one(old, edited, quote);
        assertEquals(Outcome.ORPHANED, p.outcome());
        assertEquals(2, p.candidates().size());
        assertTrue(p.candidates().stream().allMatch(c -> c.exact().equals(quote)));
    }

    @Test
    void duplicatedQuoteStaysWhereItWas() {
        String quote = "450,000 residents lost water for two days";
        String edited = OLD + "\n\nAgain: " + quote + ", as reported.";
        Placement p = one(OLD, edited, quote);
        assertEquals(Outcome.UNCHANGED, p.outcome());
        assertEquals(OLD.indexOf(quote), p.start());
    }

    @Test
    void offsetsAreCodePoints() {
        String old = "😀 The rate was 5 percent. 😀 Nothing else.";
        String edited = "😀😀 Intro. " + old;
        String quote = "The rate was 5 percent.";
        Placement p = one(old, edited, quote);
        assertEquals(Outcome.MOVED, p.outcome());
        int cpStart = edited.codePointCount(0, edited.indexOf(quote));
        assertEquals(cpStart, p.start());
        assertEquals(cpStart + quote.length(), p.end());
    }

    @Test
    void deletedClaimIsNotMovedOntoTheSameWordsElsewhere() {
        String old = "In March the mayor said prices rose by 5 percent. Nobody agreed.\n\n"
                + "In May the minister said prices rose by 5 percent, citing new data.";
        String edited = "Nobody agreed.\n\nIn May the minister said prices rose by 5 percent, citing new data.";
        assertEquals("prices rose by 5 percent", old.substring(24, 48));
        Placement p = Reanchoring.place(old, edited, List.of(new Anchor(1, 24, 48, old.substring(24, 48),
                old.substring(0, 24), old.substring(48, 80)))).get(0);
        assertEquals(Outcome.ORPHANED, p.outcome());
        assertEquals(1, p.candidates().size());
        assertEquals("prices rose by 5 percent", p.candidates().get(0).exact());
    }

    @Test
    void lineBreakInsideAClaimIsAChangeOfItsText() {
        String quote = "Repairs will cost 3 million euros, the utility said.";
        String edited = OLD.replace("cost 3 million", "cost\n3 million");
        Placement p = one(OLD, edited, quote);
        assertEquals(Outcome.CHANGED, p.outcome());
        assertEquals("Repairs will cost\n3 million euros, the utility said.", p.exact());
        assertEquals(List.of(), p.figureChanges());
    }
}
