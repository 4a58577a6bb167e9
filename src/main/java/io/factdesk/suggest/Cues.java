package io.factdesk.suggest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A list of cue words and phrases of up to three words ("rose", "according to", "as a result"),
 * found among a sentence's tokens by hash look-ups: one pass over the tokens, whatever the length of
 * the list (a regular expression with a hundred alternatives tries each at every character).
 */
final class Cues {

    private final Set<String> phrases = new HashSet<>();
    private final Set<String> phraseStarts = new HashSet<>();
    private int longest = 1;

    Cues(String... entries) {
        for (String e : entries) {
            String p = e.toLowerCase(Locale.ROOT).replace('’', '\'');
            phrases.add(p);
            String[] words = p.split(" ");
            if (words.length > 1) {
                phraseStarts.add(words[0]);
            }
            longest = Math.max(longest, words.length);
        }
    }

    /** The first cue among the tokens, as written in the sentence, or null. */
    String first(String[] tokens, String[] lower) {
        int at = firstIndex(lower);
        if (at < 0) {
            return null;
        }
        int n = length(lower, at);
        StringBuilder shown = new StringBuilder(tokens[at]);
        for (int k = 1; k < n; k++) {
            shown.append(' ').append(tokens[at + k]);
        }
        return shown.toString();
    }

    /** The index of the first token that starts a cue, or -1. */
    int firstIndex(String[] lower) {
        for (int i = 0; i < lower.length; i++) {
            if (length(lower, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The number of tokens of the longest cue starting at token i, or 0. */
    int length(String[] lower, int i) {
        int found = phrases.contains(lower[i]) ? 1 : 0;
        if (phraseStarts.contains(lower[i])) {
            StringBuilder b = new StringBuilder(lower[i]);
            for (int n = 2; n <= longest && i + n <= lower.length; n++) {
                b.append(' ').append(lower[i + n - 1]);
                if (phrases.contains(b.toString())) {
                    found = n;
                }
            }
        }
        return found;
    }

    /** The tokens in lower case with straight apostrophes, computed once per sentence. */
    static String[] lower(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = tokens[i].toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        return out;
    }
}
