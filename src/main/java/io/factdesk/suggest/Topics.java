package io.factdesk.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Proposes the desk topic a sentence fits, by the keyword lists editors keep on topics: the topic
 * with most distinct keywords in the sentence, or none, and always why (never a silent default).
 * A keyword matches at the start of a word and may run on ("ceasefire" matches "ceasefires"). The
 * keywords are the desk's (claim.Topic, seeded for the five default topics by migration V10).
 */
public final class Topics {

    /** A topic and its keywords (lower or mixed case; phrases allowed). */
    public record TopicKeywords(String name, List<String> keywords) {}

    /** The proposal: the topic's name, or null, and why in plain words. */
    public record Proposal(String topic, String why) {}

    private Topics() {}

    public static Proposal propose(String sentence, List<TopicKeywords> topics) {
        if (topics == null || topics.isEmpty()) {
            return new Proposal(null, "no topics to choose from");
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        String best = null;
        List<String> bestWords = List.of();
        List<String> tied = new ArrayList<>();
        for (TopicKeywords t : topics) {
            List<String> words = new ArrayList<>();
            for (String k : t.keywords()) {
                String key = k.strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && !words.contains(key) && containsAtWordStart(lower, key)) {
                    words.add(key);
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() > bestWords.size()) {
                best = t.name();
                bestWords = words;
                tied.clear();
            } else if (words.size() == bestWords.size()) {
                tied.add(t.name());
            }
        }
        if (best == null) {
            return new Proposal(null, "no topic's keywords appear in the sentence");
        }
        if (!tied.isEmpty()) {
            return new Proposal(null, "as many keywords for " + best + " as for " + String.join(", ", tied));
        }
        return new Proposal(best, "keywords: " + String.join(", ", bestWords));
    }

    private static boolean containsAtWordStart(String text, String key) {
        int from = 0;
        while (true) {
            int i = text.indexOf(key, from);
            if (i < 0) {
                return false;
            }
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
            from = i + 1;
        }
    }
}
