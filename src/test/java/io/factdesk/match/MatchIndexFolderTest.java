package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.system.ChainHead;
import io.factdesk.testing.Articles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** The index in a folder: built when missing, continued after a restart, rebuilt when made from another history. */
@QuarkusTest
class MatchIndexFolderTest {

    @Inject
    MatchingConfig config;

    @Inject
    ClaimDocuments documents;

    @Inject
    ChainHead head;

    private long found(MatchIndex index, String word) throws Exception {
        try (MatchIndex.View view = index.view()) {
            return view.candidates(index.terms(word), null, 5).stream().map(c -> c.claim().id()).findFirst().orElse(-1L);
        }
    }

    private MatchIndex openOn(Path folder) throws Exception {
        MatchIndex index = new MatchIndex(config, documents, head);
        index.open(FSDirectory.open(folder));
        return index;
    }

    @Test
    void aFolderIsBuiltContinuedAfterARestartAndRebuiltWhenItsHistoryIsNotThisOne() throws Exception {
        Path folder = Files.createTempDirectory("match-index");
        MatchIndex first = openOn(folder);
        assertThat(first.opened()).isEqualTo("rebuilt: missing");
        assertThat(first.indexedSeq()).isEqualTo(head.current().seq());
        first.close();

        // marked while no instance of this index runs: caught up from the history at the next start
        String river = Articles.unique("Zorbariver");
        long article = Articles.importText(Articles.unique("River "), "The " + river + " flooded 300 homes.").id();
        long claim = Articles.markClaim(article, Map.of("quote", Map.of("exact", "flooded 300 homes"), "topic", "Other",
                "statement", "The " + river + " flooded 300 homes."));
        MatchIndex second = openOn(folder);
        assertThat(second.opened()).isEqualTo("continued");
        assertThat(second.indexedSeq()).isEqualTo(head.current().seq());
        assertThat(found(second, river)).isEqualTo(claim);
        second.close();

        // a commit that claims events this history does not have: another database, or a restored backup
        try (FSDirectory dir = FSDirectory.open(folder);
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.setLiveCommitData(Map.of("seq", Long.toString(head.current().seq() + 1000), "hash", "x", "format",
                    MatchIndex.FORMAT).entrySet());
            w.commit();
        }
        MatchIndex third = openOn(folder);
        assertThat(third.opened()).isEqualTo("rebuilt: made from another history");
        assertThat(found(third, river)).isEqualTo(claim);
        third.close();
    }

    @Test
    void aSecondInstanceOnTheSameFolderStartsWithItsIndexInMemory() throws Exception {
        Path folder = Files.createTempDirectory("match-index-shared");
        MatchIndex first = openOn(folder);
        MatchIndex second = new MatchIndex(onFolder(folder), documents, head);
        try {
            second.open();
            assertThat(second.opened()).isEqualTo("rebuilt: missing");
            assertThat(second.indexedSeq()).isEqualTo(head.current().seq());
            String lake = Articles.unique("Quellake");
            long article = Articles.importText(Articles.unique("Lake "), "The " + lake + " rose 2 metres.").id();
            long claim = Articles.markClaim(article, Map.of("quote", Map.of("exact", "rose 2 metres"), "topic",
                    "Other", "statement", "The " + lake + " rose 2 metres."));
            assertThat(found(second, lake)).isEqualTo(claim);
        } finally {
            second.close();
            first.close();
        }
    }

    /** The test configuration, with the index in {@code folder} instead of memory. */
    private MatchingConfig onFolder(Path folder) {
        return new MatchingConfig() {
            @Override
            public String indexDir() {
                return folder.toString();
            }

            @Override
            public boolean inMemory() {
                return false;
            }

            @Override
            public double sameThreshold() {
                return config.sameThreshold();
            }

            @Override
            public double relatedThreshold() {
                return config.relatedThreshold();
            }

            @Override
            public int candidates() {
                return config.candidates();
            }

            @Override
            public int libraryCandidates() {
                return config.libraryCandidates();
            }

            @Override
            public int maxResults() {
                return config.maxResults();
            }
        };
    }
}
