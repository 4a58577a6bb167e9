package io.factdesk.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The share card's rendering time in process (docs/benchmarks.md, "Share cards"): the first card (fonts
 * loaded, Java2D and the shaper initialised), then, after a warm-up, each of a Latin, an Arabic, a Chinese
 * and a Hindi claim (the last two in the fallback fonts installed, where they are) drawn and encoded as PNG
 * many times in turn, and the drawing alone. Run by {@code bash src/bench/run --card}.
 */
public final class BenchCard {

    private BenchCard() {
    }

    public static void main(String[] args) {
        int warmup = Integer.getInteger("bench.card.warmup", 200);
        int runs = Integer.getInteger("bench.card.runs", 300);
        ShareCard.Content latin = new ShareCard.Content("Unemployment fell to 3.1 per cent in the second quarter of"
                + " 2016, the lowest figure since the ministry began counting in 1991, the minister told parliament",
                "Claimed by The ministry of labour, 2016-07-14", "Mostly false", 3,
                "2nd of 5 on the scale from False to True", "Factdesk Example");
        ShareCard.Content arabic = new ShareCard.Content("قال الوزير إن معدل البطالة انخفض إلى ٣٫١ في المئة في الربع"
                + " الثاني من عام ٢٠١٦، وهو أدنى رقم منذ بدء العد", "Claimed by " + ShareCard.embedded("وزارة العمل")
                + ", 2016-07-14", "False", 4, "1st of 5 on the scale from False to True", "Factdesk Example");
        // In the fonts installed for the scripts DejaVu lacks (docs/reports.md, "Fonts"), where they are.
        ShareCard.Content chinese = new ShareCard.Content("部长在议会表示，二〇一六年第二季度失业率降至百分之三点一，"
                + "为劳动部自一九九一年开始统计以来的最低水平", "Claimed by 劳动部, 2016-07-14", "Mostly false", 3,
                "2nd of 5 on the scale from False to True", "Factdesk Example");
        ShareCard.Content hindi = new ShareCard.Content("मंत्री ने संसद में कहा कि 2016 की दूसरी तिमाही में बेरोजगारी"
                + " घटकर 3.1 प्रतिशत रह गई, जो 1991 में गिनती शुरू होने के बाद सबसे कम है",
                "Claimed by श्रम मंत्रालय, 2016-07-14", "False", 4, "1st of 5 on the scale from False to True",
                "Factdesk Example");

        long start = System.nanoTime();
        int bytes = ShareCard.render(latin).length;
        double cold = (System.nanoTime() - start) / 1e6;
        List<ShareCard.Content> all = List.of(latin, arabic, chinese, hindi);
        for (int i = 0; i < warmup; i++) {
            ShareCard.render(all.get(i % all.size()));
        }
        System.out.printf(Locale.ROOT, "| Share card | runs | p50 ms | p95 ms | max ms | PNG bytes |%n");
        System.out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|%n");
        System.out.printf(Locale.ROOT, "| first card in the JVM (cold) | 1 | %.1f | | | %d |%n", cold, bytes);
        for (var entry : List.of(java.util.Map.entry("Latin claim, drawn and encoded (warm)", latin),
                java.util.Map.entry("Arabic claim, drawn and encoded (warm)", arabic),
                java.util.Map.entry("Chinese claim (fallback font), drawn and encoded (warm)", chinese),
                java.util.Map.entry("Hindi claim (fallback font), drawn and encoded (warm)", hindi))) {
            long[] times = new long[runs];
            int size = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                size = ShareCard.render(entry.getValue()).length;
                times[i] = System.nanoTime() - t;
            }
            row(entry.getKey(), times, size);
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            ShareCard.draw(latin);
            times[i] = System.nanoTime() - t;
        }
        row("Latin claim, drawn only (warm)", times, 0);
    }

    private static void row(String name, long[] times, int size) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |%n", name, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, size == 0 ? "" : String.valueOf(size));
    }
}
