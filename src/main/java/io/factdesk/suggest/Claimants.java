package io.factdesk.suggest;

import io.factdesk.suggest.Sentences.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proposes who made a statement, for sentences that attribute one: "Assad insisted …" → the fuller
 * name the article gave earlier, "Bashar al-Assad"; "… said Al Jazeera's Andrew Simmons"; "according
 * to the UN"; "he said" → the person last proposed. One instance reads one article, in text order.
 */
public final class Claimants {

    private static final Set<String> VERBS = Set.of("said", "says", "told", "insisted", "added", "claimed",
            "claims", "stated", "announced", "confirmed", "warned", "argued", "explained", "acknowledged",
            "admitted", "denied", "estimated", "estimates", "reported", "wrote", "testified", "noted", "insists",
            "tells", "adds", "warns", "argues");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");

    private final List<String> seen = new ArrayList<>();
    private String last;

    /** Remembers the names of a sentence, so that later surnames find their full form. */
    public void read(Sentence s) {
        for (Names.Run run : s.tagged() ? Names.runs(s) : Names.untagged(s)) {
            seen.add(run.text());
        }
    }

    /** The claimant of a sentence, or null when it attributes nothing to anyone. Call before {@link #read}. */
    public String propose(Sentence s) {
        String[] tokens = s.tokens();
        List<Names.Run> runs = Names.runs(s);
        String found = null;
        for (int i = 0; i < tokens.length && found == null; i++) {
            String t = tokens[i];
            if (t.equalsIgnoreCase("according") && i + 1 < tokens.length && tokens[i + 1].equals("to")) {
                Names.Run after = runStartingNear(runs, i + 2, 2);
                found = after != null ? after.text() : null;
            } else if (VERBS.contains(t)) {
                Names.Run before = runEndingAt(runs, i);
                if (before != null) {
                    found = before.text();
                } else if (i >= 1 && PRONOUNS.contains(tokens[i - 1])) {
                    found = last;
                } else {
                    Names.Run after = runStartingNear(runs, i + 1, 3);
                    if (after != null) {
                        found = after.text();
                    } else if (!runs.isEmpty() && runs.get(0).from() == 0 && runs.get(0).to() < i) {
                        found = runs.get(0).text(); // "Sergey Karagonov, a former adviser …, told"
                    }
                }
            }
        }
        if (found == null) {
            return null;
        }
        String full = fuller(found);
        last = full;
        return full;
    }

    /** The longest name seen earlier that ends with {@code name} as a word: "Assad" → "Bashar al-Assad". */
    String fuller(String name) {
        String best = name;
        for (String s : seen) {
            if (s.length() > best.length() && s.endsWith(name)) {
                char before = s.charAt(s.length() - name.length() - 1);
                if (before == ' ' || before == '-') {
                    best = s;
                }
            }
        }
        return best;
    }

    private static Names.Run runEndingAt(List<Names.Run> runs, int token) {
        for (Names.Run r : runs) {
            if (r.to() == token) {
                return r;
            }
        }
        return null;
    }

    /** The last run among those starting within {@code slack} tokens after {@code token} ("Al Jazeera's Andrew Simmons" → the person). */
    private static Names.Run runStartingNear(List<Names.Run> runs, int token, int slack) {
        Names.Run found = null;
        for (Names.Run r : runs) {
            if (r.from() >= token && r.from() <= token + slack) {
                found = r;
                token = r.to();
                slack = 1; // follow "Al Jazeera" + "'s" + "Andrew Simmons"
            }
        }
        return found;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
