package figures.table;

import java.io.InputStream;

/**
 * Watches a table being read: the bytes through its stream, the rows through the reader. The
 * reader calls {@link #watch} on the stream it opens and {@link #row} per row; closing the
 * watched stream ends the watch. {@link #NONE} does nothing.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public InputStream watch(InputStream in) {
            return in;
        }

        @Override
        public void row() {
        }
    };

    InputStream watch(InputStream in);

    void row();

    /** Starts watching one read of a table of the given size in bytes (-1: unknown); may return {@link #NONE}. */
    @FunctionalInterface
    interface Factory {
        Progress start(String name, long size);
    }
}
