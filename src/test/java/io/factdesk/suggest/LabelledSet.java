package io.factdesk.suggest;

import io.factdesk.article.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled articles of src/test/resources/suggest/labelled (format in docs/suggestions.md): a
 * header of "# key: value" lines, then one sentence a line as
 * {@code Y|N | sentence | figure keys; … | date keys; …}, a blank line between paragraphs.
 */
record LabelledSet(List<Article> articles) {

    static final Path DIRECTORY = Path.of("src/test/resources/suggest/labelled");

    record Line(boolean worthy, String text, List<String> figures, List<String> dates, int start, int end) {}

    record Article(String name, String title, LocalDate published, String language, String split, String body,
            List<Line> lines) {
        boolean heldOut() {
            return split.equals("heldout");
        }
    }

    static LabelledSet load() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            List<Article> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(read(p));
            }
            return new LabelledSet(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article read(Path file) throws IOException {
        String title = null;
        String language = "en";
        String split = null;
        LocalDate published = null;
        StringBuilder body = new StringBuilder();
        List<Line> lines = new ArrayList<>();
        boolean paragraphOpen = false;
        boolean breakPending = false;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (raw.startsWith("# ")) {
                String[] kv = raw.substring(2).split(":", 2);
                String v = kv[1].strip();
                switch (kv[0].strip()) {
                    case "title" -> title = v;
                    case "published" -> published = v.isEmpty() ? null : LocalDate.parse(v);
                    case "language" -> language = v;
                    case "split" -> split = v;
                    default -> throw new IllegalArgumentException(file + ": unknown header " + kv[0]);
                }
                continue;
            }
            if (raw.isBlank()) {
                breakPending = paragraphOpen;
                continue;
            }
            String[] cols = raw.split("\\s*\\|\\s*", -1);
            if (cols.length < 2 || !(cols[0].equals("Y") || cols[0].equals("N"))) {
                throw new IllegalArgumentException(file + ": bad line " + raw);
            }
            String text = cols[1].strip();
            if (paragraphOpen) {
                body.append(breakPending ? "\n\n" : " ");
            }
            int start = body.codePointCount(0, body.length());
            body.append(text);
            lines.add(new Line(cols[0].equals("Y"), text, keys(cols, 2), keys(cols, 3), start,
                    start + text.codePointCount(0, text.length())));
            paragraphOpen = true;
            breakPending = false;
        }
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        if (split == null || !(split.equals("train") || split.equals("heldout"))) {
            throw new IllegalArgumentException(file + ": split must be train or heldout");
        }
        String normalized = TextNormalizer.normalize(body.toString());
        if (!normalized.equals(body.toString())) {
            throw new IllegalArgumentException(file + ": the body is not in normalised form");
        }
        return new Article(name, title, published, language, split, normalized, lines);
    }

    private static List<String> keys(String[] cols, int i) {
        if (cols.length <= i || cols[i].isBlank()) {
            return List.of();
        }
        return Arrays.stream(cols[i].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
