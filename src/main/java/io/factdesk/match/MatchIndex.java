package io.factdesk.match;

import io.factdesk.system.ChainHead;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jboss.logging.Logger;

/**
 * The embedded Lucene index of every claim and every fact-check library entry (docs/matching.md, "Index"):
 * BM25 over a claim's statement and quote and over an entry's claim text, analysed in English. Each document
 * has a {@code kind} ("claim", "library") and a unique {@code key} ("claim:12", "library:7") by which it is
 * updated and deleted. Derived data: built from the database when missing or stale, and kept current from the
 * history chain. Every change appends an event naming its claim, and every library import an event that the
 * entries it added or changed name ({@code event_seq}), so before each question the index reads the events after
 * the last one it indexed and indexes again the claims and entries they name; the last event's number and hash
 * are stored in the Lucene commit. Each instance of a deployment keeps its own index this way, with no message
 * between instances.
 */
@ApplicationScoped
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class);

    /** Raised when the fields change: an index of another format is rebuilt. */
    static final String FORMAT = "3";
    static final String TEXT = "text";
    /** A document's kind: {@link #CLAIM} or {@link #LIBRARY}. */
    static final String KIND = "kind";
    /** A document's unique key: its kind and id, "claim:12", "library:7". */
    static final String KEY = "key";
    static final String CLAIM = "claim";
    static final String LIBRARY = "library";
    private static final String SEQ = "seq";
    private static final String HASH = "hash";
    private static final String FORMAT_KEY = "format";
    private static final int EVENTS_PER_ROUND = 10_000;
    private static final int CLAIMS_PER_PAGE = 1_000;

    /** The most terms one question asks for (Lucene's clause limit is 1,024). */
    static final int MAX_TERMS = 1_000;

    private final MatchingConfig config;
    private final ClaimDocuments documents;
    private final ChainHead head;
    private final Analyzer analyzer = new EnglishAnalyzer();

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The last event indexed; read without the lock to see whether the head moved. */
    private volatile long indexedSeq = -1;
    /** How the index was opened last: "continued", or "rebuilt: " and why. */
    private String opened;

    @Inject
    public MatchIndex(MatchingConfig config, ClaimDocuments documents, ChainHead head) {
        this.config = config;
        this.documents = documents;
        this.head = head;
    }

    /** After the first start's demo data (default priority), so that a new desk's index holds it from the start. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        open();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** Opens the configured folder (or memory), rebuilding the index when it is missing or stale. */
    synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            Directory dir;
            if (config.inMemory()) {
                dir = new ByteBuffersDirectory();
            } else {
                Path path = Path.of(config.indexDir());
                Files.createDirectories(path);
                dir = FSDirectory.open(path);
            }
            try {
                open(dir);
            } catch (LockObtainFailedException e) {
                // Another instance on this machine holds the folder (docs/deploy.md: one folder per instance).
                // This one still starts, with its index in memory, built from the database.
                dir.close();
                LOG.warnf("The claim index folder %s is in use by another process; this instance keeps its"
                        + " index in memory (set factdesk.matching.index-dir per instance)", config.indexDir());
                open(new ByteBuffersDirectory());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the claim index in " + config.indexDir(), e);
        }
    }

    /** Opens the index in {@code dir}: a second index over the same database is made this way in tests. */
    synchronized void open(Directory dir) throws IOException {
        long started = System.nanoTime();
        Map<String, String> committed = DirectoryReader.indexExists(dir)
                ? SegmentInfos.readLatestCommit(dir).getUserData()
                : Map.of();
        IndexWriterConfig iwc = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        directory = dir;
        writer = new IndexWriter(dir, iwc);
        searchers = new SearcherManager(writer, null);
        String why = staleness(committed);
        opened = why == null ? "continued" : "rebuilt: " + why;
        if (why != null) {
            rebuild();
            LOG.infof("Claim index rebuilt (%s): %d claims and library entries to event %d in %d ms", why,
                    writer.getDocStats().numDocs,
                    indexedSeq, (System.nanoTime() - started) / 1_000_000);
        } else {
            indexedSeq = Long.parseLong(committed.get(SEQ));
            catchUp();
        }
    }

    /** Why the committed index cannot be continued, or null when it can. */
    private String staleness(Map<String, String> committed) {
        if (committed.get(SEQ) == null) {
            return "missing";
        }
        if (!FORMAT.equals(committed.get(FORMAT_KEY))) {
            return "older format";
        }
        long seq = Long.parseLong(committed.get(SEQ));
        String hash = committed.get(HASH);
        if (seq > head.current().seq() || (seq > 0 && !String.valueOf(hash).equals(documents.hashAt(seq)))) {
            return "made from another history";
        }
        return null;
    }

    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.warn("Closing the claim index failed", e);
        } finally {
            writer = null;
            searchers = null;
            directory = null;
        }
    }

    /**
     * Every claim and library entry indexed again, a page at a time, as of the chain head read first (later
     * changes are caught up after).
     */
    private void rebuild() throws IOException {
        ChainHead.At at = head.current();
        writer.deleteAll();
        long after = 0;
        List<IndexedClaim> page;
        do {
            page = documents.page(after, CLAIMS_PER_PAGE);
            for (IndexedClaim claim : page) {
                writer.addDocument(document(claim));
                after = claim.id();
            }
        } while (page.size() == CLAIMS_PER_PAGE);
        after = 0;
        List<IndexedLibraryEntry> entries;
        do {
            entries = documents.libraryPage(after, CLAIMS_PER_PAGE);
            for (IndexedLibraryEntry entry : entries) {
                writer.addDocument(document(entry));
                after = entry.id();
            }
        } while (entries.size() == CLAIMS_PER_PAGE);
        commit(at.seq(), at.hash());
    }

    /**
     * Brings the index to the chain head: the claims named by every event after the last indexed one are
     * indexed again (all of them after a change to topics or the rating scale). Cheap when the head has not
     * moved: one read of the head.
     *
     * @return how many events were read
     */
    public long catchUp() {
        ChainHead.At at = head.current();
        if (at.seq() <= indexedSeq) {
            return 0;
        }
        synchronized (this) {
            if (writer == null) {
                open();
            }
            long read = 0;
            try {
                while (indexedSeq < at.seq()) {
                    ClaimDocuments.Changes changes = documents.changedAfter(indexedSeq, at.seq(), EVENTS_PER_ROUND);
                    if (changes.lastHash() == null) {
                        break; // no event in the range: nothing to read
                    }
                    read += changes.lastSeq() - indexedSeq;
                    if (changes.all()) {
                        reindexAll();
                    } else {
                        reindex(new ArrayList<>(changes.claimIds()));
                    }
                    if (changes.library()) {
                        reindexLibrary(indexedSeq, changes.lastSeq());
                    }
                    commit(changes.lastSeq(), changes.lastHash());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Updating the claim index failed", e);
            }
            return read;
        }
    }

    private void reindex(List<Long> ids) throws IOException {
        for (int from = 0; from < ids.size(); from += CLAIMS_PER_PAGE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + CLAIMS_PER_PAGE));
            Set<Long> missing = new LinkedHashSet<>(slice);
            for (IndexedClaim claim : documents.byIds(slice)) {
                writer.updateDocument(key(CLAIM, claim.id()), document(claim));
                missing.remove(claim.id());
            }
            for (Long gone : missing) {
                writer.deleteDocuments(key(CLAIM, gone));
            }
        }
    }

    /**
     * The library entries that an import after {@code afterSeq}, up to {@code untilSeq}, added or changed (their
     * {@code event_seq} names it) indexed again. An entry changed again by a later import names that one and is
     * indexed when the index reads it. Entries are never deleted today; a delete would have to be an event
     * naming the entry, for its document to be deleted here.
     */
    private void reindexLibrary(long afterSeq, long untilSeq) throws IOException {
        long after = 0;
        List<IndexedLibraryEntry> page;
        do {
            page = documents.libraryImported(afterSeq, untilSeq, after, CLAIMS_PER_PAGE);
            for (IndexedLibraryEntry entry : page) {
                writer.updateDocument(key(LIBRARY, entry.id()), document(entry));
                after = entry.id();
            }
        } while (page.size() == CLAIMS_PER_PAGE);
    }

    private static Term key(String kind, long id) {
        return new Term(KEY, kind + ":" + id);
    }

    private void reindexAll() throws IOException {
        long after = 0;
        List<IndexedClaim> page;
        do {
            page = documents.page(after, CLAIMS_PER_PAGE);
            for (IndexedClaim claim : page) {
                writer.updateDocument(key(CLAIM, claim.id()), document(claim));
                after = claim.id();
            }
        } while (page.size() == CLAIMS_PER_PAGE);
    }

    private void commit(long seq, String hash) throws IOException {
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq), HASH, String.valueOf(hash), FORMAT_KEY, FORMAT)
                .entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        indexedSeq = seq;
    }

    synchronized String opened() {
        return opened;
    }

    /** The last event the index has read. */
    public long indexedSeq() {
        return indexedSeq;
    }

    private static Document document(IndexedClaim c) {
        Document d = new Document();
        d.add(new StringField(KIND, CLAIM, Field.Store.NO));
        d.add(new StringField(KEY, CLAIM + ":" + c.id(), Field.Store.NO));
        d.add(new StringField("id", Long.toString(c.id()), Field.Store.YES));
        d.add(new StringField("articleId", Long.toString(c.articleId()), Field.Store.YES));
        d.add(new StoredField("start", c.start()));
        d.add(new StoredField("end", c.end()));
        d.add(new TextField(TEXT, c.text(), Field.Store.NO));
        store(d, "statement", c.statement());
        store(d, "quote", c.quote());
        store(d, "claimant", c.claimant());
        store(d, "topic", c.topic());
        store(d, "state", c.state());
        store(d, "verdict", c.verdict());
        store(d, "language", c.language());
        store(d, "articleTitle", c.articleTitle());
        store(d, "publisher", c.publisher());
        if (c.publishedAt() != null) {
            d.add(new StoredField("publishedAt", c.publishedAt().toEpochMilli()));
        }
        if (c.articleDate() != null) {
            d.add(new StoredField("articleDate", c.articleDate().toString()));
        }
        return d;
    }

    private static Document document(IndexedLibraryEntry e) {
        Document d = new Document();
        d.add(new StringField(KIND, LIBRARY, Field.Store.NO));
        d.add(new StringField(KEY, LIBRARY + ":" + e.id(), Field.Store.NO));
        d.add(new StringField("id", Long.toString(e.id()), Field.Store.YES)); // as a claim's: one schema per field
        d.add(new TextField(TEXT, e.text(), Field.Store.NO));
        store(d, "claimText", e.claimText());
        store(d, "claimant", e.claimant());
        store(d, "reviewerName", e.reviewerName());
        store(d, "reviewerSite", e.reviewerSite());
        store(d, "reviewUrl", e.reviewUrl());
        store(d, "ratingText", e.ratingText());
        if (e.ratingValue() != null) {
            d.add(new StoredField("ratingValue", e.ratingValue()));
        }
        store(d, "reviewDate", e.reviewDate() == null ? null : e.reviewDate().toString());
        store(d, "claimDate", e.claimDate() == null ? null : e.claimDate().toString());
        store(d, "language", e.language());
        return d;
    }

    private static IndexedLibraryEntry entry(Document d) {
        Number rating = d.getField("ratingValue") == null ? null : d.getField("ratingValue").numericValue();
        return new IndexedLibraryEntry(Long.parseLong(d.get("id")), d.get("claimText"),
                d.get("claimant"), d.get("reviewerName"), d.get("reviewerSite"), d.get("reviewUrl"),
                d.get("ratingText"), rating == null ? null : rating.doubleValue(), date(d.get("reviewDate")),
                date(d.get("claimDate")), d.get("language"));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static void store(Document d, String name, String value) {
        if (value != null) {
            d.add(new StoredField(name, value));
        }
    }

    private static IndexedClaim claim(Document d) {
        Number published = d.getField("publishedAt") == null ? null : d.getField("publishedAt").numericValue();
        String date = d.get("articleDate");
        return new IndexedClaim(Long.parseLong(d.get("id")), Long.parseLong(d.get("articleId")),
                d.getField("start").numericValue().intValue(), d.getField("end").numericValue().intValue(),
                d.get("statement"), d.get("quote"), d.get("claimant"), d.get("topic"), d.get("state"),
                d.get("verdict"), published == null ? null : Instant.ofEpochMilli(published.longValue()),
                d.get("language"), date == null ? null : LocalDate.parse(date), d.get("articleTitle"),
                d.get("publisher"));
    }

    /** The index's terms of a text, as the analyzer makes them, in order of first appearance, without repeats. */
    Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** A BM25 candidate among the claims: the claim and its raw score. */
    record Candidate(IndexedClaim claim, float bm25) {
    }

    /** A BM25 candidate among the library entries: the entry and its raw score. */
    record LibraryCandidate(IndexedLibraryEntry entry, float bm25) {
    }

    /**
     * Answers questions over the index as it stands after catching up: one searcher for the whole answer,
     * so that the scores and the claims it reads agree.
     */
    public final class View implements AutoCloseable {

        private final IndexSearcher searcher;
        private final Map<String, Double> idf = new HashMap<>();

        private View(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        /** The best {@code n} claims by BM25 over statement and quote, without claim {@code excludeId}. */
        List<Candidate> candidates(Set<String> terms, Long excludeId, int n) throws IOException {
            List<Candidate> out = new ArrayList<>();
            for (ScoreDoc hit : search(terms, CLAIM, excludeId, n)) {
                out.add(new Candidate(claim(searcher.storedFields().document(hit.doc)), hit.score));
            }
            return out;
        }

        /** The best {@code n} library entries by BM25 over their claim text. */
        List<LibraryCandidate> libraryCandidates(Set<String> terms, int n) throws IOException {
            List<LibraryCandidate> out = new ArrayList<>();
            for (ScoreDoc hit : search(terms, LIBRARY, null, n)) {
                out.add(new LibraryCandidate(entry(searcher.storedFields().document(hit.doc)), hit.score));
            }
            return out;
        }

        /** The best {@code n} documents of one kind for any of the terms, by BM25; the kind does not score. */
        private ScoreDoc[] search(Set<String> terms, String kind, Long excludeId, int n) throws IOException {
            if (terms.isEmpty() || n <= 0) {
                return new ScoreDoc[0];
            }
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String t : terms) {
                words.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
            }
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER);
            if (excludeId != null) {
                q.add(new TermQuery(key(kind, excludeId)), BooleanClause.Occur.MUST_NOT);
            }
            return searcher.search(q.build(), n).scoreDocs;
        }

        /** BM25's inverse document frequency of a term in the index: rare words weigh more. */
        double idf(String term) {
            return idf.computeIfAbsent(term, t -> {
                try {
                    long n = searcher.getIndexReader().numDocs();
                    long df = searcher.getIndexReader().docFreq(new Term(TEXT, t));
                    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** The claims of one article (library entries have none). */
        List<IndexedClaim> ofArticle(long articleId) throws IOException {
            List<IndexedClaim> out = new ArrayList<>();
            TermQuery q = new TermQuery(new Term("articleId", Long.toString(articleId)));
            for (ScoreDoc hit : searcher.search(q, 10_000).scoreDocs) {
                out.add(claim(searcher.storedFields().document(hit.doc)));
            }
            return out;
        }

        Optional<IndexedClaim> get(long id) throws IOException {
            ScoreDoc[] hits = searcher.search(new TermQuery(key(CLAIM, id)), 1).scoreDocs;
            return hits.length == 0 ? Optional.empty() : Optional.of(claim(searcher.storedFields().document(hits[0].doc)));
        }

        int size() {
            return searcher.getIndexReader().numDocs();
        }

        @Override
        public void close() {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The index caught up to the chain head, for one answer; close it after. */
    public View view() {
        catchUp();
        SearcherManager manager;
        synchronized (this) {
            manager = searchers;
        }
        try {
            return new View(manager.acquire());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
