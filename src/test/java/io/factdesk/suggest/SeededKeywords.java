package io.factdesk.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keywords every desk's default topics start with, read from the migration that seeds them
 * (V10), so that the engine's tests use the desk's lists and not a copy that could drift from them.
 */
final class SeededKeywords {

    static final List<String> DEFAULT_TOPICS = List.of("Casualty figures", "Ceasefire timeline",
            "Military cooperation", "Political transition", "Other");

    private static final Pattern SEED = Pattern.compile(
            "update topic set keywords = '([^']*)' where lower\\(name\\) = '([^']*)'");

    private static final Map<String, List<String>> BY_NAME = read();

    private SeededKeywords() {
    }

    /** The seeded keywords of a default topic (none for "Other"). */
    static List<String> of(String topic) {
        return BY_NAME.getOrDefault(topic.toLowerCase(Locale.ROOT), List.of());
    }

    /** The five default topics with their seeded keywords, in the desk's order. */
    static List<Topics.TopicKeywords> defaultTopics() {
        return DEFAULT_TOPICS.stream().map(name -> new Topics.TopicKeywords(name, of(name))).toList();
    }

    private static Map<String, List<String>> read() {
        String path = "/db/migration/V10__topic_keywords.sql";
        try (InputStream in = SeededKeywords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            Matcher m = SEED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, List<String>> out = new HashMap<>();
            while (m.find()) {
                out.put(m.group(2), m.group(1).lines().map(String::strip).toList());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
