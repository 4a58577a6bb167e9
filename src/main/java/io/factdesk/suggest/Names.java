package io.factdesk.suggest;

import io.factdesk.suggest.Sentences.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs of proper nouns in a sentence, from its part-of-speech tags: "Bashar al-Assad", "Vladimir
 * Putin", "International Syria Support Group". The tagger sometimes calls a first name a noun
 * ("Bashar"), so a capitalised word just before a proper noun joins the run, as do a hyphen written
 * without spaces and the particles of Arabic and European names ("al", "bin", "de", "van").
 */
final class Names {

    record Run(int from, int to, String text) {}

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "da", "di", "du", "van",
            "von", "der", "la", "le", "ul", "abu");
    private static final Set<String> NOT_ACTORS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "I");

    private Names() {}

    static List<Run> runs(Sentence s) {
        return runs(s, s.tags());
    }

    /**
     * Runs of capitalised words without tagging (every capitalised word counts as a proper noun):
     * enough to remember the full names an article gives, not to decide what is a name.
     */
    static List<Run> untagged(Sentence s) {
        String[] tags = new String[s.tokens().length];
        java.util.Arrays.fill(tags, "PROPN");
        return runs(s, tags);
    }

    private static List<Run> runs(Sentence s, String[] tags) {
        String[] tokens = s.tokens();
        int[] starts = s.tokenStarts();
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            if (!starts(tokens, tags, i)) {
                i++;
                continue;
            }
            int from = i;
            int j = i;
            boolean proper = false;
            while (j < tokens.length) {
                if (isProper(tags[j]) && capitalised(tokens[j])) {
                    proper = true;
                    j++;
                } else if (capitalised(tokens[j]) && j + 1 < tokens.length && isProper(tags[j + 1])
                        && Character.isLetter(tokens[j].charAt(0))) {
                    j++;
                } else if (j > from && tokens[j].equals("-") && j + 1 < tokens.length
                        && starts[j] == starts[j - 1] + tokens[j - 1].length()
                        && starts[j + 1] == starts[j] + 1 && capitalised(tokens[j + 1])) {
                    j++;
                } else if (PARTICLES.contains(tokens[j]) && j + 1 < tokens.length
                        && (tokens[j + 1].equals("-") || capitalised(tokens[j + 1]))) {
                    j++;
                } else {
                    break;
                }
            }
            if (proper && j > from) {
                int end = starts[j - 1] + tokens[j - 1].length();
                String text = s.text().substring(starts[from], end);
                if (!NOT_ACTORS.contains(text)) {
                    out.add(new Run(from, j, text));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean starts(String[] tokens, String[] tags, int i) {
        return capitalised(tokens[i]) || PARTICLES.contains(tokens[i]) && i + 1 < tokens.length
                && (tokens[i + 1].equals("-") || capitalised(tokens[i + 1]));
    }

    static boolean isProper(String tag) {
        return tag.equals("PROPN") || tag.startsWith("NNP");
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }
}
