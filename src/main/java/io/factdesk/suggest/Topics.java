package io.factdesk.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proposes the desk topic a sentence fits, by the keyword lists editors keep on topics: the topic
 * with most distinct keywords in the sentence, or none, and always why (never a silent default).
 * A keyword matches at the start of a word and may run on ("ceasefire" matches "ceasefires").
 */
public final class Topics {

    /** A topic and its keywords (lower or mixed case; phrases allowed). */
    public record TopicKeywords(String name, List<String> keywords) {}

    /** The proposal: the topic's name, or null, and why in plain words. */
    public record Proposal(String topic, String why) {}

    /** Sensible keywords for the five topics every desk starts with (docs/suggestions.md). */
    public static final Map<String, List<String>> DEFAULT_KEYWORDS = Map.of(
            "Casualty figures", List.of("killed", "killing", "dead", "death", "died", "casualt", "wounded",
                    "injured", "displac", "refugee", "victim", "civilian", "massacre", "bodies"),
            "Ceasefire timeline", List.of("ceasefire", "cease-fire", "truce", "talks", "negotiat", "peace process",
                    "peace effort", "agreement", "deadline", "resumption", "settlement", "peace deal"),
            "Military cooperation", List.of("military", "air strike", "airstrike", "troops", "joint", "cooperat",
                    "forces", "army", "weapon", "coordinat", "bombing", "flights"),
            "Political transition", List.of("transition", "step aside", "step down", "departure", "regime",
                    "election", "successor", "power-sharing", "interim government", "president"),
            "Other", List.of());

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
