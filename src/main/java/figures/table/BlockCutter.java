package figures.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;

/**
 * The block cutter of the bulk path: reads a stream into blocks of whole lines, each cut after
 * its last line end (the rest carried into the next block), for the field scanner
 * ({@link BlockScanner}) to read on any thread. Block arrays of the usual size are reused when
 * the scanners hand them back ({@link #recycle}).
 */
final class BlockCutter {
    /** A block of whole lines and its number in file order. */
    record Block(int number, byte[] bytes, int length) {
        static final Block END = new Block(-1, null, 0);
    }

    /**
     * The longest record carried from block to block, in bytes: the strict reader's limit of a
     * line ({@link StrictUtf8Reader#MAX_LINE} characters) taken as bytes. A record longer than
     * that (most likely an error) makes the bulk path give up ({@link GiveUp}) before a buffer
     * grows past it, and the strict reader reads the table and reports the line (or reads a
     * long line of many-byte characters that is within its limit).
     */
    static final int MAX_RECORD = StrictUtf8Reader.MAX_LINE;

    private final InputStream in;
    private final int size;
    private final BlockingQueue<byte[]> spare;
    private byte[] carry;
    private boolean eof;
    private int blocks;

    /**
     * Cuts {@code in} after {@code first[from, filled)}, which was read from it already
     * ({@code eof}: all of it).
     */
    BlockCutter(InputStream in, int size, byte[] first, int from, int filled, boolean eof, int spares) {
        this.in = in;
        this.size = size;
        this.spare = new java.util.concurrent.ArrayBlockingQueue<>(spares);
        this.carry = Arrays.copyOfRange(first, from, filled);
        this.eof = eof;
    }

    /** The next block of whole lines, or {@link Block#END} after the last. */
    Block next() throws IOException {
        while (true) {
            if (eof && carry.length == 0) {
                return Block.END;
            }
            byte[] block = spare.poll();
            if (block == null || block.length < carry.length + 1) {
                block = new byte[Math.max(size, Math.min(carry.length * 2, MAX_RECORD + size))];
            }
            System.arraycopy(carry, 0, block, 0, carry.length);
            int n = carry.length;
            if (!eof) {
                int read = fill(in, block, n);
                eof = n + read < block.length;
                n += read;
            }
            int cut = n;
            if (!eof) {
                cut = lastLineEnd(block, n);
                if (cut < 0) {
                    // a record longer than a block: carry all of it into a larger block, up to the longest line there can be
                    if (n > MAX_RECORD) {
                        throw new GiveUp();
                    }
                    carry = Arrays.copyOf(block, n);
                    continue;
                }
            }
            carry = Arrays.copyOfRange(block, cut, n);
            if (cut > 0) {
                return new Block(blocks++, block, cut);
            }
        }
    }

    /** Blocks handed out so far. */
    int blocks() {
        return blocks;
    }

    /** Takes back a block's array once it is scanned, for a later block (one of the usual size only). */
    void recycle(byte[] bytes) {
        if (bytes.length == size) {
            spare.offer(bytes);
        }
    }

    /** Reads into {@code buf[from, length)} as far as the stream goes; returns how many bytes were read. */
    static int fill(InputStream in, byte[] buf, int from) throws IOException {
        int n = from;
        while (n < buf.length) {
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n - from;
    }

    /** The index just after the last line end (LF, or a CR not at the end: it may be the first half of a CRLF), or -1. */
    private static int lastLineEnd(byte[] b, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (b[i] == '\n' || (b[i] == '\r' && i + 1 < n)) {
                return i + 1;
            }
        }
        return -1;
    }
}
