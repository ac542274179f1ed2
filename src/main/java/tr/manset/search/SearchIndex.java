package tr.manset.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tr.manset.system.SiteProperties;

/**
 * This node's Lucene index under {@code <data dir>/search-index}. Each commit records the schema
 * version and the last change-feed position it contains; an index with another schema version,
 * or none at all, is marked for a rebuild.
 */
@Component
class SearchIndex implements DisposableBean {

    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean needsRebuild;
    private final long committedSeq;
    private final AtomicLong generation = new AtomicLong();

    SearchIndex(SiteProperties site) throws IOException {
        Path path = site.dataDir().resolve("search-index");
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        Map<String, String> committed = Map.of();
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                committed = reader.getIndexCommit().getUserData();
            }
        }
        this.needsRebuild = !SearchFields.SCHEMA_VERSION.equals(committed.get("schema"));
        this.committedSeq = needsRebuild ? 0 : Long.parseLong(committed.getOrDefault("seq", "0"));
        IndexWriterConfig config = new IndexWriterConfig(TurkishAnalysis.perField())
            .setOpenMode(needsRebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** True when the index on disk was missing or written by another schema version. */
    boolean needsRebuild() {
        return needsRebuild;
    }

    /** Grows each time searches may see different content: what was computed before may be stale. */
    long generation() {
        return generation.get();
    }

    /** The change-feed position the index on disk contains. */
    long committedSeq() {
        return committedSeq;
    }

    void put(SearchDocument story) {
        try {
            writer.updateDocument(new Term(SearchFields.ID, Long.toString(story.id())), SearchFields.toDocument(story));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(long id) {
        try {
            writer.deleteDocuments(new Term(SearchFields.ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written so far visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
            generation.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written durable, with the change-feed position it reaches. */
    void commit(long seq) {
        writer.setLiveCommitData(Map.of("schema", SearchFields.SCHEMA_VERSION, "seq", Long.toString(seq)).entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T search(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int documents() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Bytes on disk. */
    long size() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                try {
                    total += directory.fileLength(file);
                } catch (IOException gone) {
                    // merged away while listing
                }
            }
            return total;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
