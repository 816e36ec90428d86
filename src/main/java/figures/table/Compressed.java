package figures.table;

import figures.model.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A table's bytes as they come: compressed (gzip, xz, bzip2) or zipped, found by their first
 * bytes (their magic), not by the file's name, and decompressed on a thread of their own, which
 * the reader (the bulk path's block cutter) reads from. Through Apache Commons Compress (and XZ for
 * Java for .xz). A zip archive gives its one CSV, or the member named after the archive
 * ({@code trade.zip:2023.csv}). Zstandard through aircompressor's pure-Java decoder (zstd-jni, which
 * Commons Compress would use, is 7.4 MB of native libraries).
 */
final class Compressed {
    private static final byte[] GZIP = {0x1f, (byte) 0x8b};
    private static final byte[] XZ = {(byte) 0xfd, '7', 'z', 'X', 'Z', 0};
    private static final byte[] BZIP2 = {'B', 'Z', 'h'};
    private static final byte[] ZSTD = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Decompressed bytes handed from the decompressing thread to the reader in chunks of this size. */
    private static final int CHUNK = 1 << 16;

    private Compressed() {
    }

    /**
     * The table's text bytes: {@code in} itself when it is not compressed, else a stream of its
     * decompressed bytes read ahead on a thread of their own. {@code member}: the zip member
     * named, or null.
     */
    static InputStream open(String name, InputStream in, String member) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, CHUNK);
        b.mark(8);
        byte[] head = b.readNBytes(6);
        b.reset();
        InputStream out;
        if (starts(head, GZIP)) {
            out = new GzipCompressorInputStream(b, true);
        } else if (starts(head, XZ)) {
            out = new XZCompressorInputStream(b, true);
        } else if (starts(head, BZIP2)) {
            out = new BZip2CompressorInputStream(b, true);
        } else if (starts(head, ZIP)) {
            b.mark(WORKBOOK_PEEK);
            byte[] entries = b.readNBytes(WORKBOOK_PEEK);
            b.reset();
            if (Spreadsheet.isWorkbook(entries, entries.length)) {
                return Spreadsheet.csv(name, b, member); // an Excel workbook: one sheet's rows, as CSV
            }
            out = new ZipMember(name, b, member);
        } else if (starts(head, ZSTD)) {
            out = new Zstd(new io.airlift.compress.zstd.ZstdInputStream(b));
        } else {
            if (member != null) {
                throw new InputException(name, 0, "not a zip archive, so it has no member '" + member + "'");
            }
            return b;
        }
        return new ReadAhead(name, out);
    }

    /**
     * A Zstandard stream: aircompressor reports damaged input as an unchecked
     * {@code MalformedInputException}, made an {@link IOException} here like the other decoders'.
     */
    private static final class Zstd extends java.io.FilterInputStream {
        Zstd(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /** Bytes of a zip archive looked at for the entries of an Excel workbook. */
    private static final int WORKBOOK_PEEK = 1 << 16;

    /** Whether {@code in} starts with a magic number of a compressed or zipped file. */
    static boolean isCompressed(byte[] head) {
        return starts(head, GZIP) || starts(head, XZ) || starts(head, BZIP2) || starts(head, ZIP) || starts(head, ZSTD);
    }

    private static boolean starts(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one CSV of a zip archive read as a stream (a file or stdin alike), or the member named:
     * an archive with several files and none named is an error listing them (up to ten); so is a
     * second CSV found after the first, when none was named.
     */
    private static final class ZipMember extends InputStream {
        private final String name;
        private final ZipArchiveInputStream zip;
        private final String member;
        private final String found;

        ZipMember(String name, InputStream in, String member) throws IOException {
            this.name = name;
            this.zip = new ZipArchiveInputStream(in);
            this.member = member;
            List<String> seen = new ArrayList<>();
            String at = null;
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                seen.add(e.getName());
                if (member != null ? e.getName().equals(member) : isTable(e.getName())) {
                    at = e.getName();
                    break;
                }
            }
            if (at == null) {
                throw new InputException(name, 0, member != null
                        ? "the zip archive has no member '" + member + "' (it holds " + list(seen) + ")"
                        : "the zip archive holds no .csv or .tsv table (it holds " + list(seen) + "); name one as " + name + ":MEMBER");
            }
            this.found = at;
        }

        private static boolean isTable(String entry) {
            String n = entry.toLowerCase(Locale.ROOT);
            return n.endsWith(".csv") || n.endsWith(".tsv");
        }

        private static String list(List<String> names) {
            if (names.isEmpty()) {
                return "no files";
            }
            return String.join(", ", names.subList(0, Math.min(10, names.size()))) + (names.size() > 10 ? ", …" : "");
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = zip.read(b, off, len);
            if (n < 0 && member == null) {
                // the end of the table: a second table in the archive would have been a guess
                for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (!e.isDirectory() && isTable(e.getName())) {
                        throw new InputException(name, 0, "the zip archive holds more than one table (" + found + ", " + e.getName()
                                + "); name the one to read, e.g. " + name + ":" + found);
                    }
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /**
     * Decompresses on a thread of its own, a few chunks ahead of the reader: the bulk path's
     * block cutter then reads decompressed bytes while the next ones are made.
     */
    private static final class ReadAhead extends InputStream {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
        private final String name;
        private final Thread thread;
        private volatile Throwable failure;
        private volatile boolean closed;
        private byte[] chunk;
        private int at;

        ReadAhead(String name, InputStream in) {
            this.name = name;
            thread = new Thread(() -> {
                try (in) {
                    while (!closed) {
                        byte[] c = in.readNBytes(CHUNK);
                        if (c.length == 0) {
                            break;
                        }
                        chunks.put(c);
                    }
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    try {
                        chunks.put(END);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "figures-decompress " + name);
            thread.setDaemon(true);
            thread.start();
        }

        private boolean next() throws IOException {
            if (chunk == END) {
                return false;
            }
            if (chunk == null || at == chunk.length) {
                try {
                    chunk = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while decompressing");
                }
                at = 0;
                if (chunk == END) {
                    Throwable f = failure;
                    if (f instanceof InputException ie) {
                        throw ie;
                    }
                    if (f instanceof IOException io) {
                        // almost always a damaged or cut-short file: bad input, not a failing disk
                        throw new InputException(name, 0, "cannot decompress: " + io.getMessage() + " (is the file damaged or cut short?)");
                    }
                    if (f != null) {
                        throw new IOException("cannot decompress: " + f, f);
                    }
                    return false;
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return next() ? chunk[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!next()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
            chunks.clear(); // the thread, waiting to put a chunk, goes on, sees closed and ends
        }
    }
}
