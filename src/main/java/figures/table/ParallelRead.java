package figures.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVParser;

/**
 * The parallel driver of the bulk path: one thread cuts the table into blocks of whole lines
 * ({@link BlockCutter}), worker threads scan them ({@link BlockScanner}) into one shared group
 * table ({@link GroupSums}, through each worker's {@link RecordSums}). When anything at all goes
 * wrong (bad data, a quoted line break at a block edge, a record too long), {@link #read} gives
 * null and the caller reads the table again sequentially from {@link #again()}.
 *
 * <p>A file is read again from its start; a stream (stdin, whose size is unknown) is kept for that
 * in memory while it fits in one block, else copied to a temporary file as it is read, and read
 * again from that copy and the rest of the stream.
 */
final class ParallelRead implements AutoCloseable {
    private final TableSource source;
    private final SeriesReader.Spec spec;
    private final SeriesReader.Options options;
    private final boolean stream;
    private final BlockingQueue<BlockCutter.Block> queue;
    private final Map<Integer, Long> linesPerBlock = new ConcurrentHashMap<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private CsvTable.Header header;
    private char delimiter;
    private Columns columns;
    private BlockCutter cutter;
    private InputStream raw;
    private byte[] whole;
    private java.nio.file.Path spool;
    private java.io.OutputStream spoolOut;

    ParallelRead(TableSource source, SeriesReader.Spec spec, SeriesReader.Options options) {
        this.source = source;
        this.spec = spec;
        this.options = options;
        this.stream = !source.reopenable();
        this.queue = new ArrayBlockingQueue<>(options.threads() * 2);
    }

    /** The table to read sequentially after {@link #read} gave up: the same bytes from their start. */
    TableSource again() throws IOException {
        if (!stream) {
            return source;
        }
        if (whole != null) {
            byte[] all = whole;
            return source.reopened(() -> new java.io.ByteArrayInputStream(all));
        }
        if (spool == null) {
            return source; // nothing could be read from the stream: reading it again reports why
        }
        spoolOut.close();
        java.nio.file.Path copy = spool;
        InputStream rest = raw;
        return source.reopened(() -> new java.io.SequenceInputStream(java.nio.file.Files.newInputStream(copy), rest));
    }

    @Override
    public void close() {
        try {
            if (spoolOut != null) {
                spoolOut.close();
            }
            if (spool != null) {
                TempFiles.removeSpill(spool);
            }
            if (raw != null) {
                raw.close();
            }
        } catch (IOException e) {
            // a temporary copy that cannot be removed is left for the system to clean up
        }
    }

    /** The result, or null when the table must be read sequentially. */
    SeriesReader.Result read() {
        List<RecordSums> states = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long headerLines;
        InputStream in = null;
        GroupSums sums = new GroupSums();
        Codes codes = new Codes();
        try {
            in = source.progress().watch(source.open()); // a progress bar on a terminal for a big file
            int size = options.blockBytes();
            byte[] buf = new byte[size];
            int filled = BlockCutter.fill(in, buf, 0);
            boolean eof = filled < buf.length;
            if (stream) {
                raw = in;
                if (eof) {
                    whole = Arrays.copyOf(buf, filled); // one block: not worth the threads
                    return null;
                }
                spool = TempFiles.spill("stdin", ".csv"); // a private folder, removed on exit and on SIGINT/SIGTERM
                spoolOut = java.nio.file.Files.newOutputStream(spool);
                spoolOut.write(buf, 0, filled);
                in = new Tee(raw, spoolOut);
            }
            int d = spec.reading().delimiter() != 0 ? spec.reading().delimiter() : Delimiter.detect(source.name(), buf, filled, eof);
            if (d < 0) {
                return null; // the header line is longer than a block: the sequential reader looks further
            }
            delimiter = (char) d;
            long[] head = header(buf, filled);
            if (head == null) {
                return null;
            }
            headerLines = head[0];
            cutter = new BlockCutter(in, size, buf, (int) head[1], filled, eof, options.threads() * 3 + 2);
            for (int i = 0; i < options.threads(); i++) {
                RecordSums state = new RecordSums(columns, sums, codes);
                states.add(state);
                Thread t = new Thread(() -> work(state), "figures-reader-" + i);
                t.setDaemon(true);
                t.start();
                workers.add(t);
            }
            try {
                while (failure.get() == null) {
                    BlockCutter.Block b = cutter.next();
                    if (b == BlockCutter.Block.END) {
                        break;
                    }
                    queue.put(b);
                }
            } finally {
                for (int i = 0; i < workers.size(); i++) {
                    queue.put(BlockCutter.Block.END);
                }
                for (Thread t : workers) {
                    t.join();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (!stream && in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // read to the end already
                }
            }
        }
        if (failure.get() != null) {
            return null;
        }
        RecordSums all = states.get(0);
        for (RecordSums s : states.subList(1, states.size())) {
            all.count(s); // the sums are shared: only the counts are the threads' own
        }
        if (all.read() == 0) {
            return null; // let CsvTable say what is wrong with an empty table
        }
        int blocks = cutter.blocks();
        long[] offsets = new long[blocks];
        long line = headerLines;
        for (int b = 0; b < blocks; b++) {
            offsets[b] = line;
            line += linesPerBlock.get(b);
        }
        return SeriesReader.result(source.name(), columns, new SummedGroups(sums, codes, columns.byIndex().length, offsets, true),
                all, options.threads());
    }

    /**
     * Reads the header through {@link CsvTable} (so it is checked exactly as everywhere else)
     * and finds where the body starts: {lines taken by the header, byte offset}; null when
     * the first block does not hold the whole header and a line end after it.
     */
    private long[] header(byte[] buf, int filled) {
        CsvTable.Header[] h = {null};
        TableSource first = TableSource.of(source.name(), () -> new java.io.ByteArrayInputStream(buf, 0, filled));
        try {
            CsvTable.of(first, SeriesReader.required(spec)).delimiter(delimiter).forEach(hd -> {
                h[0] = hd;
                throw new GiveUp();
            }, row -> { });
        } catch (GiveUp stop) {
            // the header is read
        }
        if (h[0] == null) {
            return null;
        }
        header = h[0];
        columns = SeriesReader.columns(source.name(), header, spec, delimiter);
        long lines;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(new String(buf, 0, filled, StandardCharsets.UTF_8)))
                .setFormat(CsvTable.format(delimiter)).get()) {
            p.iterator().next();
            lines = p.getCurrentLineNumber();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        // the body starts after the header's line breaks, counted as Commons CSV counts them (CR, LF, CRLF)
        long seen = 0;
        for (int i = 0; i < filled; i++) {
            byte c = buf[i];
            if (c == '\r' || (c == '\n' && (i == 0 || buf[i - 1] != '\r'))) {
                seen++;
            }
            if (seen == lines) {
                int end = i + 1;
                if (c == '\r') {
                    if (end >= filled) {
                        return null;
                    }
                    if (buf[end] == '\n') {
                        end++;
                    }
                }
                return end < filled ? new long[] {lines, end} : null;
            }
        }
        return null;
    }

    private void work(RecordSums state) {
        BlockScanner scanner = new BlockScanner(source.name(), header, delimiter);
        while (true) {
            BlockCutter.Block b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
                return;
            }
            if (b == BlockCutter.Block.END) {
                try {
                    state.flush();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                return;
            }
            try {
                if (failure.get() == null) {
                    linesPerBlock.put(b.number(), scanner.scan(b.number(), b.bytes(), b.length(), state));
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                cutter.recycle(b.bytes());
            }
        }
    }

    /** Copies what is read from a stream to a file, so that a stream can be read again. */
    private static final class Tee extends java.io.FilterInputStream {
        private final java.io.OutputStream copy;

        Tee(InputStream in, java.io.OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0) {
                copy.write(c);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                copy.write(b, off, n);
            }
            return n;
        }

        @Override
        public void close() {
            // the stream itself is closed by whoever reads it last
        }
    }
}
