package io.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdesk.claim.Reanchoring.Anchor;
import io.factdesk.claim.Reanchoring.Outcome;
import io.factdesk.claim.Reanchoring.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (its name does not end in Test): 1,000 claims in a 1 MiB article re-anchored
 * after a few edits; target under 2 s. Run with {@code -Dtest=ReanchoringSpeedCheck}.
 */
class ReanchoringSpeedCheck {

    private static final String[] WORDS = ("government minister unemployment inflation budget hospital school "
            + "police crime migrants border tax health vaccine election votes turnout council housing rent water "
            + "energy prices wages pension army troops refugees deaths ceasefire talks rebels city region country")
            .split(" ");

    private static String sentence(Random r) {
        return "The " + WORDS[r.nextInt(WORDS.length)] + " of " + WORDS[r.nextInt(WORDS.length)] + " in "
                + WORDS[r.nextInt(WORDS.length)] + " rose to " + (1 + r.nextInt(999)) + "," + (100 + r.nextInt(900))
                + " last year, " + WORDS[r.nextInt(WORDS.length)] + " officials said.";
    }

    @Test
    void thousandClaimsInOneMebibyte() {
        Random r = new Random(7);
        StringBuilder body = new StringBuilder();
        List<int[]> sentences = new ArrayList<>();
        while (body.length() < 1 << 20) {
            if (body.length() > 0) {
                body.append(r.nextInt(6) == 0 ? "\n\n" : " ");
            }
            int from = body.length();
            body.append(sentence(r));
            sentences.add(new int[] {from, body.length()});
        }
        String oldBody = body.toString();
        List<Anchor> anchors = new ArrayList<>();
        int step = sentences.size() / 1000;
        for (int i = 0; i < 1000; i++) {
            int[] s = sentences.get(i * step + 1);
            TextAnchor t = Anchoring.resolve(oldBody, s[0], s[1], null, null, null);
            anchors.add(new Anchor(i + 1, t.start(), t.end(), t.exact(), t.prefix(), t.suffix()));
        }
        // a few edits: a paragraph near the start, a figure in the 500th claim, a typo, a paragraph cut near the end
        StringBuilder edited = new StringBuilder(oldBody);
        int cut = oldBody.indexOf("\n\n", oldBody.length() - 5000);
        edited.delete(cut, oldBody.indexOf("\n\n", cut + 2));
        int typo = oldBody.indexOf("government", oldBody.length() / 3);
        edited.replace(typo, typo + 10, "govenrment");
        int figure = anchors.get(499).start() + oldBody.substring(anchors.get(499).start()).indexOf("rose to ") + 8;
        edited.replace(figure, figure + 1, figure(oldBody.charAt(figure)));
        edited.insert(100, "An editor's note added to the article. ");
        String newBody = edited.toString();

        long t0 = System.nanoTime();
        List<Placement> placed = Reanchoring.place(oldBody, newBody, anchors);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<Outcome, Long> outcomes = new TreeMap<>(placed.stream()
                .collect(Collectors.groupingBy(Placement::outcome, Collectors.counting())));
        System.out.println("Re-anchoring speed: " + anchors.size() + " claims, body " + oldBody.length()
                + " chars: " + ms + " ms; outcomes " + outcomes);
        assertEquals(1000, placed.size());
        assertEquals(Outcome.CHANGED, placed.get(499).outcome());
    }

    /** A body rewritten throughout: the word diff gives up at its budget, claims are still found verbatim. */
    @Test
    void bodyRewrittenThroughout() {
        Random r = new Random(11);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        while (a.length() < 1 << 19) {
            a.append(sentence(r)).append(' ');
            b.append(sentence(r)).append(' ');
        }
        String oldBody = a.toString().strip();
        String newBody = b.toString().strip() + " " + oldBody.substring(0, oldBody.indexOf('.') + 1);
        TextAnchor t = Anchoring.resolve(oldBody, 0, oldBody.indexOf('.') + 1, null, null, null);
        long t0 = System.nanoTime();
        List<Placement> placed = Reanchoring.place(oldBody, newBody,
                List.of(new Anchor(1, t.start(), t.end(), t.exact(), t.prefix(), t.suffix())));
        System.out.println("Re-anchoring speed, 512 KiB rewritten throughout: " + (System.nanoTime() - t0) / 1_000_000
                + " ms; " + placed.get(0).outcome());
    }

    private static String figure(char d) {
        return String.valueOf((char) ('1' + (d - '0') % 9));
    }
}
