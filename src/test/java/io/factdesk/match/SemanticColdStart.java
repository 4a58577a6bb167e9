package io.factdesk.match;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.lang.management.ManagementFactory;

/**
 * The embedding model's cold start, in a JVM of its own (started by {@link SemanticExperiment}): prints one line
 * {@code cold jvmToMain=… load=… firstEmbedding=… heapBefore=… heapAfter=… rssBefore=… rssAfter=…} (ms and bytes).
 */
public final class SemanticColdStart {

    private SemanticColdStart() {}

    public static void main(String[] args) {
        long jvmToMain = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long heapBefore = SemanticExperiment.heapAfterGc();
        long rssBefore = SemanticExperiment.rss();
        long t0 = System.nanoTime();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        long t1 = System.nanoTime();
        float[] v = model.embed("The army spokesman said troops had withdrawn from all 14 border posts.").content().vector();
        long t2 = System.nanoTime();
        long heapAfter = SemanticExperiment.heapAfterGc();
        long rssAfter = SemanticExperiment.rss();
        System.out.printf("cold jvmToMain=%d load=%d firstEmbedding=%d dims=%d heapBefore=%d heapAfter=%d rssBefore=%d"
                + " rssAfter=%d%n", jvmToMain, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, v.length, heapBefore,
                heapAfter, rssBefore, rssAfter);
        System.exit(0); // onnxruntime's and DJL's threads
    }
}
