package tr.manset.search;

import java.time.Instant;

/**
 * What the newsroom shows about this node's index.
 *
 * @param rebuilding a rebuild is running; {@code done} of {@code total} stories are in
 * @param seq the last change-feed position applied
 */
public record IndexStatus(boolean rebuilding, long done, long total, int documents, long bytes, long seq,
                          Instant lastRebuildStarted, Instant lastRebuildFinished) {

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }

    public String size() {
        return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
