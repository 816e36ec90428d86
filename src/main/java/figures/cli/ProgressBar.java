package figures.cli;

import figures.table.Progress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr while a big table is read: bytes read of the file's size,
 * rows and rows per second, first drawn when the read has taken {@link #FIRST_DRAW_NANOS} (a
 * quick read shows nothing), then redrawn at most five times a second as rows or bytes come, and
 * erased when the table is closed. Only for files over {@link #THRESHOLD} bytes, and only when
 * stderr is a terminal and --quiet was not given (see {@link GlobalOptions#dataSet}).
 */
final class ProgressBar implements Progress {
    static final long THRESHOLD = 4L << 20;
    static final long FIRST_DRAW_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 24;

    private final String name;
    private final long size;
    private final PrintWriter err;
    private final LongSupplier clock;
    private final long started;
    private long bytes;
    private long rows;
    private long lastDraw;
    private long nextLook = 1 << 16;
    private boolean drawn;

    ProgressBar(String name, long size, PrintWriter err, LongSupplier clock) {
        this.name = name;
        this.size = size;
        this.err = err;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastDraw = started;
    }

    /** Progress bars for tables over the threshold, drawn on err. */
    static Progress.Factory factory(PrintWriter err) {
        return (name, size) -> size > THRESHOLD ? new ProgressBar(name, size, err, System::nanoTime) : Progress.NONE;
    }

    @Override
    public InputStream watch(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                bytes += b < 0 ? 0 : 1;
                byBytes();
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                bytes += Math.max(n, 0);
                byBytes();
                return n;
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    erase();
                }
            }
        };
    }

    @Override
    public void row() {
        rows++;
        if ((rows & 0x3ff) == 0) {
            tick();
        }
    }

    /** A look at the clock every 64 KB read, for readers that report no rows. */
    private void byBytes() {
        if (bytes >= nextLook) {
            nextLook = bytes + (1 << 16);
            tick();
        }
    }

    /** Redraws when the read has run a second and the last draw is a fifth of a second old. */
    private void tick() {
        long now = clock.getAsLong();
        if (now - started >= FIRST_DRAW_NANOS && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            err.print("\r" + line(now) + "\u001B[K");
            err.flush();
            drawn = true;
        }
    }

    /** {@code reading big.csv [=========>          ]  41%  1 200 000 rows  310 000 rows/s} */
    String line(long now) {
        double done = size > 0 ? Math.min(1.0, (double) bytes / size) : 0;
        int filled = (int) (done * WIDTH);
        StringBuilder bar = new StringBuilder();
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        if (rows == 0) { // a reader that counts bytes only (the parallel one)
            return String.format(java.util.Locale.ROOT, "reading %s [%s] %3d%%  %,d of %,d MB", name, bar, (int) (done * 100), bytes >> 20, size >> 20)
                    .replace(',', ' ');
        }
        return String.format(java.util.Locale.ROOT, "reading %s [%s] %3d%%  %,d rows  %,d rows/s", name, bar, (int) (done * 100), rows,
                (long) (rows / seconds)).replace(',', ' ');
    }

    private void erase() {
        if (drawn) {
            err.print("\r\u001B[K");
            err.flush();
            drawn = false;
        }
    }
}
