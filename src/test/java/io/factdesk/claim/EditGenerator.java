package io.factdesk.claim;

import io.factdesk.article.TextNormalizer;
import io.factdesk.claim.Reanchoring.Anchor;
import io.factdesk.claim.Reanchoring.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Scripted edits of the re-anchoring fixtures (src/test/resources/reanchor/articles), each with the
 * known right outcome and place of every claim. Articles 1–3 are for development, 4–5 held out.
 * Offsets inside the generator are UTF-16 indices; the fixtures hold no characters outside the BMP, so
 * they equal code points (checked).
 */
final class EditGenerator {

    enum Kind {
        TYPO_FIX_ELSEWHERE, TYPO_FIX_IN_CLAIM, SENTENCE_INSERTED, SENTENCE_DELETED, PARAGRAPH_INSERTED,
        PARAGRAPH_DELETED, PARAGRAPHS_REORDERED, NUMBER_CHANGED_IN_QUOTE, QUOTE_DELETED, QUOTE_DUPLICATED,
        WHITESPACE_CHANGED, QUOTE_MARKS_CHANGED, PARAGRAPH_REWRITTEN, CLAIM_REWORDED, SEVERAL_EDITS
    }

    record Article(String name, String body, List<String> claims, boolean heldOut) {}

    /** The right result for one claim; start/end null when ORPHANED; near: within 300 chars of an edit. */
    record Expected(long claimId, Outcome outcome, Integer start, Integer end, boolean near) {}

    record Case(String article, boolean heldOut, Kind kind, String description, String oldBody, String newBody,
            List<Anchor> anchors, List<Expected> expected) {}

    /** One replacement of old[from, to) by text; destroys: the claims it touches are gone (ORPHANED). */
    record Edit(int from, int to, String text, boolean destroys) {
        int delta() {
            return text.length() - (to - from);
        }
    }

    static final int NEAR = 300;
    static final int VARIANTS = 5;

    private static final String[] SENTENCES = {
        "The figures were checked again by the newspaper on Friday.",
        "A correction to an earlier version of this report has been made.",
        "Officials declined to give further details.",
        "The statement was later posted on the organisation's website.",
        "Several people who spoke to this newspaper asked not to be named.",
        "The meeting lasted nearly four hours.",
        "It was not immediately clear who would pay.",
        "Reporters were not allowed into the building.",
    };

    private static final String[] PARAGRAPHS = {
        "This article was updated on Friday with new information from the authorities and comments from residents.",
        "Editor's note: an earlier version of this article gave the wrong name for one of the speakers. It has been corrected.",
        "The situation was still developing on Friday evening, and officials promised another update the next morning.",
        "Readers who have been affected are invited to share their experiences with the newsroom by email.",
        "Background: the region has seen similar disputes in recent years, most of them settled within a few weeks after talks.",
    };

    private static final String[] REWRITES = {
        "In a revised account released later in the week, officials gave a different picture of events and asked for patience while the review went on.",
        "The passage has been rewritten after new information emerged; the earlier description of events is no longer given.",
        "People familiar with the matter described the events differently, and the newspaper has updated this section accordingly.",
    };

    private static final String[] REWORDS = { "reportedly", "several", "officials", "perhaps", "nearly", "instead" };

    private EditGenerator() {}

    static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String body = TextNormalizer.normalize(resource("article" + i + ".txt"));
            List<String> claims = new ArrayList<>();
            for (String line : resource("article" + i + ".claims.txt").split("\n")) {
                if (!line.isBlank()) {
                    claims.add(line.strip());
                }
            }
            out.add(new Article("article" + i, body, claims, i >= 4));
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = EditGenerator.class.getResourceAsStream("/reanchor/articles/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Article a : articles()) {
            if (a.body.codePointCount(0, a.body.length()) != a.body.length()) {
                throw new IllegalStateException(a.name + " holds characters outside the BMP");
            }
            Random random = new Random(a.name.hashCode());
            for (Kind kind : Kind.values()) {
                int made = 0;
                for (int attempt = 0; made < VARIANTS && attempt < 200; attempt++) {
                    Case c = make(a, kind, random, made);
                    if (c != null) {
                        out.add(c);
                        made++;
                    }
                }
                if (made < VARIANTS) {
                    throw new IllegalStateException(a.name + ": only " + made + " edits of kind " + kind);
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the kinds

    private static Case make(Article a, Kind kind, Random r, int variant) {
        String body = a.body;
        int[][] claims = spans(body, a.claims);
        switch (kind) {
            case TYPO_FIX_ELSEWHERE -> {
                int[] word = randomWord(body, r, claims, false);
                if (word == null) {
                    return null;
                }
                String right = body.substring(word[0], word[1]);
                String typo = typo(right);
                String withTypo = body.substring(0, word[0]) + typo + body.substring(word[1]);
                return build(a, kind, "fixed \"" + typo + "\" → \"" + right + "\"", withTypo,
                        List.of(new Edit(word[0], word[0] + typo.length(), right, false)));
            }
            case TYPO_FIX_IN_CLAIM -> {
                int[] word = randomWord(body, r, claims, true);
                if (word == null) {
                    return null;
                }
                String right = body.substring(word[0], word[1]);
                String typo = typo(right);
                String withTypo = body.substring(0, word[0]) + typo + body.substring(word[1]);
                return build(a, kind, "fixed \"" + typo + "\" → \"" + right + "\" inside a claim", withTypo,
                        List.of(new Edit(word[0], word[0] + typo.length(), right, false)));
            }
            case SENTENCE_INSERTED -> {
                List<Integer> starts = sentenceStarts(body, claims);
                int at = starts.get(r.nextInt(starts.size()));
                String s = SENTENCES[r.nextInt(SENTENCES.length)];
                return build(a, kind, "sentence inserted at " + at, body, List.of(new Edit(at, at, s + " ", false)));
            }
            case SENTENCE_DELETED -> {
                int[] s = randomSentence(body, claims, r);
                if (s == null) {
                    return null;
                }
                return build(a, kind, "sentence deleted at " + s[0], body, List.of(new Edit(s[0], s[1], "", true)));
            }
            case PARAGRAPH_INSERTED -> {
                List<int[]> paras = paragraphs(body);
                int i = 1 + r.nextInt(paras.size() - 1);
                int at = paras.get(i)[0];
                return build(a, kind, "paragraph inserted before paragraph " + i, body,
                        List.of(new Edit(at, at, PARAGRAPHS[r.nextInt(PARAGRAPHS.length)] + "\n\n", false)));
            }
            case PARAGRAPH_DELETED -> {
                List<int[]> paras = paragraphs(body);
                int i = 1 + r.nextInt(paras.size() - 2);
                return build(a, kind, "paragraph " + i + " deleted", body,
                        List.of(new Edit(paras.get(i)[0], paras.get(i + 1)[0], "", true)));
            }
            case PARAGRAPHS_REORDERED -> {
                return reorder(a, r);
            }
            case NUMBER_CHANGED_IN_QUOTE -> {
                List<int[]> numbers = new ArrayList<>();
                for (int[] c : claims) {
                    for (int k = c[0]; k < c[1]; k++) {
                        if (Character.isDigit(body.charAt(k)) && (k == 0 || !Character.isDigit(body.charAt(k - 1)))) {
                            numbers.add(new int[] {k});
                        }
                    }
                }
                int at = numbers.get(r.nextInt(numbers.size()))[0];
                char d = body.charAt(at);
                String replacement = variant % 2 == 0 ? String.valueOf((char) ('1' + (d - '0') % 9)) : "1" + d;
                return build(a, kind, "number at " + at + ": " + d + " → " + replacement, body,
                        List.of(new Edit(at, at + 1, replacement, false)));
            }
            case QUOTE_DELETED -> {
                int[] c = claims[r.nextInt(claims.length)];
                int from = c[0];
                int to = c[1];
                if (to < body.length() && body.charAt(to) == ' ') {
                    to++;
                } else if (from > 0 && body.charAt(from - 1) == ' ') {
                    from--;
                }
                if (to - from == body.length()) {
                    return null;
                }
                return build(a, kind, "quote at " + c[0] + " deleted", body, List.of(new Edit(from, to, "", true)));
            }
            case QUOTE_DUPLICATED -> {
                int k = r.nextInt(claims.length);
                int[] c = claims[k];
                List<int[]> paras = paragraphs(body);
                int i = 1 + r.nextInt(paras.size() - 1);
                int at = paras.get(i)[0];
                String copy = "As the article notes elsewhere: " + body.substring(c[0], c[1]) + " — a point repeated by others.";
                return build(a, kind, "claim " + k + " duplicated before paragraph " + i, body,
                        List.of(new Edit(at, at, copy + "\n\n", false)));
            }
            case WHITESPACE_CHANGED -> {
                List<Edit> edits = new ArrayList<>();
                List<Integer> spaces = new ArrayList<>();
                for (int k = 1; k < body.length() - 1; k++) {
                    if (body.charAt(k) == ' ') {
                        spaces.add(k);
                    }
                }
                for (int n = 0; n < 3; n++) {
                    int at = spaces.get(r.nextInt(spaces.size()));
                    if (edits.stream().noneMatch(e -> e.from == at)) {
                        edits.add(new Edit(at, at + 1, "\n", false));
                    }
                }
                List<Integer> starts = sentenceStarts(body, claims);
                int split = starts.get(r.nextInt(starts.size()));
                if (split > 0 && body.charAt(split - 1) == ' ' && edits.stream().noneMatch(e -> e.from == split - 1)) {
                    edits.add(new Edit(split - 1, split, "\n\n", false));
                }
                return build(a, kind, "line breaks and a paragraph split", body, edits);
            }
            case QUOTE_MARKS_CHANGED -> {
                List<Edit> edits = new ArrayList<>();
                List<int[]> paras = paragraphs(body);
                boolean all = variant == 0;
                int only = r.nextInt(paras.size());
                for (int p = 0; p < paras.size(); p++) {
                    if (!all && p != only) {
                        continue;
                    }
                    for (int k = paras.get(p)[0]; k < paras.get(p)[1]; k++) {
                        char ch = body.charAt(k);
                        if (ch == '“' || ch == '”') {
                            edits.add(new Edit(k, k + 1, "\"", false));
                        }
                    }
                }
                if (edits.isEmpty()) {
                    return null;
                }
                if (variant % 2 == 1) {
                    // the other way round: straight quotes in the old version, curly in the new
                    StringBuilder straight = new StringBuilder(body);
                    List<Edit> back = new ArrayList<>();
                    for (Edit e : edits) {
                        back.add(new Edit(e.from, e.to, body.substring(e.from, e.to), false));
                        straight.setCharAt(e.from, '"');
                    }
                    return build(a, kind, (all ? "all" : "one paragraph's") + " straight quotes made curly",
                            straight.toString(), back);
                }
                return build(a, kind, (all ? "all" : "one paragraph's") + " curly quotes made straight", body, edits);
            }
            case PARAGRAPH_REWRITTEN -> {
                List<int[]> paras = paragraphs(body);
                int i = 1 + r.nextInt(paras.size() - 1);
                int[] p = paras.get(i);
                return build(a, kind, "paragraph " + i + " rewritten", body,
                        List.of(new Edit(p[0], p[1], REWRITES[r.nextInt(REWRITES.length)], true)));
            }
            case CLAIM_REWORDED -> {
                // every second word of a claim replaced: too far from the old words to say it is the same claim
                int k = r.nextInt(claims.length);
                int[] c = claims[k];
                String[] words = body.substring(c[0], c[1]).split(" ");
                if (words.length < 4) {
                    return null;
                }
                for (int w = 1; w < words.length; w += 2) {
                    words[w] = REWORDS[(w + variant) % REWORDS.length];
                }
                return build(a, kind, "claim " + (k + 1) + " reworded", body,
                        List.of(new Edit(c[0], c[1], String.join(" ", words), true)));
            }
            case SEVERAL_EDITS -> {
                List<Edit> edits = new ArrayList<>();
                int[] word = randomWord(body, r, claims, false);
                if (word == null) {
                    return null;
                }
                edits.add(new Edit(word[0], word[1], typo(body.substring(word[0], word[1])), false));
                List<int[]> paras = paragraphs(body);
                int at = paras.get(1 + r.nextInt(paras.size() - 1))[0];
                edits.add(new Edit(at, at, PARAGRAPHS[r.nextInt(PARAGRAPHS.length)] + "\n\n", false));
                int[] c = claims[r.nextInt(claims.length)];
                for (int k = c[0]; k < c[1]; k++) {
                    if (Character.isDigit(body.charAt(k))) {
                        edits.add(new Edit(k, k + 1, String.valueOf((char) ('1' + (body.charAt(k) - '0') % 9)), false));
                        break;
                    }
                }
                int[] s = randomSentence(body, claims, r);
                if (s != null) {
                    edits.add(new Edit(s[0], s[1], "", true));
                }
                return build(a, kind, "typo, paragraph inserted, a figure changed, a sentence deleted", body, edits);
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    private static Case reorder(Article a, Random r) {
        String body = a.body;
        List<int[]> paras = paragraphs(body);
        int i = 1 + r.nextInt(paras.size() - 1);
        int j = 1 + r.nextInt(paras.size() - 1);
        if (i == j) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < paras.size(); k++) {
            order.add(k);
        }
        order.remove(Integer.valueOf(i));
        order.add(j, i);
        StringBuilder out = new StringBuilder();
        int[] newStart = new int[paras.size()];
        for (int k : order) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            newStart[k] = out.length();
            out.append(body, paras.get(k)[0], paras.get(k)[1]);
        }
        String newBody = out.toString();
        int[][] claims = spans(body, a.claims);
        List<Anchor> anchors = anchors(body, claims);
        List<Expected> expected = new ArrayList<>();
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        for (int c = 0; c < claims.length; c++) {
            int p = paragraphOf(paras, claims[c][0]);
            int s = newStart[p] + claims[c][0] - paras.get(p)[0];
            int e = s + claims[c][1] - claims[c][0];
            boolean near = p == i || (p >= lo - 1 && p <= hi + 1 && Math.abs(p - j) <= 1);
            expected.add(new Expected(c + 1, s == claims[c][0] ? Outcome.UNCHANGED : Outcome.MOVED, s, e, near));
        }
        return new Case(a.name, a.heldOut, Kind.PARAGRAPHS_REORDERED, "paragraph " + i + " moved to " + j, body,
                newBody, anchors, expected);
    }

    // ---------------------------------------------------------------- building a case from edits

    private static Case build(Article a, Kind kind, String description, String oldBody, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to));
        for (int k = 1; k < sorted.size(); k++) {
            if (sorted.get(k).from < sorted.get(k - 1).to
                    || (sorted.get(k).from == sorted.get(k - 1).from && sorted.get(k).from == sorted.get(k).to)) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Edit e : sorted) {
            out.append(oldBody, at, e.from).append(e.text);
            at = e.to;
        }
        out.append(oldBody.substring(at));
        String newBody = out.toString();
        if (!TextNormalizer.normalize(newBody).equals(newBody) || newBody.equals(oldBody)) {
            return null;
        }
        int[][] claims = spans(oldBody, a.claims);
        if (claims == null) {
            return null;
        }
        List<Expected> expected = new ArrayList<>();
        for (int c = 0; c < claims.length; c++) {
            int s = claims[c][0];
            int e = claims[c][1];
            boolean touched = false;
            boolean destroyed = false;
            boolean near = false;
            int startShift = 0;
            int endShift = 0;
            for (Edit x : sorted) {
                boolean overlaps = (x.from < e && x.to > s) || (x.from == x.to && s < x.from && x.from < e);
                if (overlaps) {
                    touched = true;
                    destroyed |= x.destroys;
                    if (!x.destroys && (x.from < s || x.to > e)) {
                        return null; // an edit across the claim's edge: no single right answer
                    }
                }
                if (!overlaps && x.to <= s) {
                    startShift += x.delta();
                }
                if (x.to <= e && !(x.from == x.to && x.from == e)) {
                    endShift += x.delta();
                }
                near |= Math.max(0, Math.max(x.from - e, s - x.to)) <= NEAR;
            }
            if (destroyed) {
                expected.add(new Expected(c + 1, Outcome.ORPHANED, null, null, near));
            } else {
                int ns = s + startShift;
                int ne = e + endShift;
                Outcome o = touched ? Outcome.CHANGED : ns == s && ne == e ? Outcome.UNCHANGED : Outcome.MOVED;
                if (o == Outcome.CHANGED && newBody.substring(ns, ne).equals(oldBody.substring(s, e))) {
                    return null;
                }
                expected.add(new Expected(c + 1, o, ns, ne, near));
            }
        }
        return new Case(a.name, a.heldOut, kind, description, oldBody, newBody, anchors(oldBody, claims), expected);
    }

    private static List<Anchor> anchors(String body, int[][] claims) {
        List<Anchor> out = new ArrayList<>();
        for (int c = 0; c < claims.length; c++) {
            TextAnchor t = Anchoring.resolve(body, claims[c][0], claims[c][1], null, null, null);
            out.add(new Anchor(c + 1, t.start(), t.end(), t.exact(), t.prefix(), t.suffix()));
        }
        return out;
    }

    /** Where each claim stands (it must stand once); null when an edit made one ambiguous or lost. */
    private static int[][] spans(String body, List<String> claims) {
        int[][] out = new int[claims.size()][];
        for (int c = 0; c < claims.size(); c++) {
            String q = claims.get(c);
            int at = body.indexOf(q);
            if (at < 0 || body.indexOf(q, at + 1) >= 0) {
                // with a typo or straight quotes in the old version, find the claim by its words around it
                return spansLoosely(body, claims);
            }
            out[c] = new int[] {at, at + q.length()};
        }
        return out;
    }

    private static int[][] spansLoosely(String body, List<String> claims) {
        String folded = body.replace('“', '"').replace('”', '"');
        int[][] out = new int[claims.size()][];
        for (int c = 0; c < claims.size(); c++) {
            String q = claims.get(c).replace('“', '"').replace('”', '"');
            int at = folded.indexOf(q);
            if (at < 0) {
                // one word carries a typo: anchor on the claim's first and last 12 characters
                String head = q.substring(0, Math.min(12, q.length()));
                String tail = q.substring(Math.max(0, q.length() - 12));
                at = folded.indexOf(head);
                int end = at < 0 ? -1 : folded.indexOf(tail, at);
                if (at < 0 || end < 0 || Math.abs(end + tail.length() - at - q.length()) > 2) {
                    return null;
                }
                out[c] = new int[] {at, end + tail.length()};
            } else {
                out[c] = new int[] {at, at + q.length()};
            }
        }
        return out;
    }

    private static List<int[]> paragraphs(String body) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int brk = body.indexOf("\n\n", from);
            out.add(new int[] {from, brk < 0 ? body.length() : brk});
            if (brk < 0) {
                return out;
            }
            from = brk + 2;
        }
    }

    private static int paragraphOf(List<int[]> paras, int at) {
        for (int k = 0; k < paras.size(); k++) {
            if (at >= paras.get(k)[0] && at <= paras.get(k)[1]) {
                return k;
            }
        }
        throw new IllegalStateException("no paragraph at " + at);
    }

    private static boolean inside(int[][] claims, int at) {
        for (int[] c : claims) {
            if (at > c[0] && at < c[1]) {
                return true;
            }
        }
        return false;
    }

    /** Starts of sentences (after ". " before a capital, or a paragraph start) not inside a claim. */
    private static List<Integer> sentenceStarts(String body, int[][] claims) {
        List<Integer> out = new ArrayList<>();
        for (int k = 2; k < body.length(); k++) {
            char prev = body.charAt(k - 2);
            boolean afterStop = body.charAt(k - 1) == ' ' && (prev == '.' || prev == '?' || prev == '!' || prev == '”');
            boolean paraStart = body.charAt(k - 1) == '\n' && body.charAt(k - 2) == '\n';
            if ((afterStop || paraStart) && (Character.isUpperCase(body.charAt(k)) || body.charAt(k) == '“')
                    && !inside(claims, k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** A sentence [start, next start) within a paragraph that cuts no claim in two; null if none found. */
    private static int[] randomSentence(String body, int[][] claims, Random r) {
        List<Integer> starts = sentenceStarts(body, claims);
        for (int attempt = 0; attempt < 20; attempt++) {
            int k = r.nextInt(starts.size());
            int from = starts.get(k);
            int paraEnd = body.indexOf("\n\n", from);
            paraEnd = paraEnd < 0 ? body.length() : paraEnd;
            int to = k + 1 < starts.size() && starts.get(k + 1) < paraEnd ? starts.get(k + 1) : -1;
            if (to < 0) {
                continue; // the last sentence of a paragraph: deleting it is a paragraph edit
            }
            boolean cuts = false;
            for (int[] c : claims) {
                boolean overlaps = c[0] < to && c[1] > from;
                boolean within = c[0] >= from && c[1] <= to;
                cuts |= overlaps && !within;
            }
            if (!cuts) {
                return new int[] {from, to};
            }
        }
        return null;
    }

    /** A word of at least five letters, inside a claim or outside every claim. */
    private static int[] randomWord(String body, int[][] claims, Random r, boolean inClaim) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int at = r.nextInt(body.length());
            while (at > 0 && Character.isLetter(body.charAt(at - 1))) {
                at--;
            }
            int end = at;
            while (end < body.length() && Character.isLetter(body.charAt(end))) {
                end++;
            }
            if (end - at < 5) {
                continue;
            }
            boolean within = false;
            boolean touching = false;
            for (int[] c : claims) {
                within |= at > c[0] && end < c[1];
                touching |= at < c[1] && end > c[0];
            }
            if (inClaim ? within : !touching) {
                return new int[] {at, end};
            }
        }
        return null;
    }

    private static int[] randomWord(String body, Random r, int[][] claims, boolean inClaim) {
        return randomWord(body, claims, r, inClaim);
    }

    /** Two letters in the middle of the word swapped (or doubled when they are alike). */
    private static String typo(String word) {
        int k = word.length() / 2;
        char x = word.charAt(k - 1);
        char y = word.charAt(k);
        if (x == y) {
            return word.substring(0, k) + x + word.substring(k);
        }
        return word.substring(0, k - 1) + y + x + word.substring(k + 1);
    }
}
