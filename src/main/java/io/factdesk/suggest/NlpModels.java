package io.factdesk.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The English OpenNLP models for sentences and part-of-speech tags (Universal Dependencies EWT, from
 * the opennlp-models-*-en jars), loaded
 * once on first use (the holder idiom), so start-up pays nothing. The models are immutable and
 * shared; the ME classes that use them keep per-call state and are not thread-safe, so each thread
 * gets its own.
 */
final class NlpModels {

    private static final class Holder {
        static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin", SentenceModel::new);
        static final POSModel TAGS = load("/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin", POSModel::new);
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Holder.SENTENCES));
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(Holder.TAGS));

    private NlpModels() {}

    static SentenceDetectorME sentenceDetector() {
        return SENTENCE_DETECTOR.get();
    }

    static POSTaggerME tagger() {
        return TAGGER.get();
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
