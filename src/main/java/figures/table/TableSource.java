package figures.table;

import figures.model.IoFailure;
import figures.model.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a table comes from: a file, standard input ({@code -}) or the bundled data set. The
 * display name is what error messages print ({@code data/writeoffs.csv:7}).
 */
public final class TableSource {
    /** Opens the stream; called once per read. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;
    private final long size;
    private final Progress.Factory progress;
    /** Whether the bytes can be read again from their start by opening again (a file), though their size is unknown (compressed). */
    private final boolean reopenable;
    /** The zip member named after the archive ({@code trade.zip:2023.csv}), or null. */
    private final String member;

    /** What separates the table's cells for the readers of table kinds ({@link CsvTable}): a comma unless a command's --delimiter says otherwise. */
    private final char delimiter;

    private TableSource(String name, Opener opener, long size) {
        this(name, opener, size, null, false, null, ',');
    }

    private TableSource(String name, Opener opener, long size, Progress.Factory progress, boolean reopenable, String member) {
        this(name, opener, size, progress, reopenable, member, ',');
    }

    private TableSource(String name, Opener opener, long size, Progress.Factory progress, boolean reopenable, String member,
                        char delimiter) {
        this.name = name;
        this.opener = opener;
        this.size = size;
        this.progress = progress;
        this.reopenable = reopenable;
        this.member = member;
        this.delimiter = delimiter;
    }

    /** This source, reporting the progress of each read to the factory's watcher (null: none). */
    public TableSource withProgress(Progress.Factory factory) {
        return new TableSource(name, opener, size, factory, reopenable, member, delimiter);
    }

    /** This source, its cells separated by {@code d} (one of {@link Reading#DELIMITERS}): what {@link CsvTable} reads it with. */
    public TableSource withDelimiter(char d) {
        CsvTable.format(d); // one of the four
        return new TableSource(name, opener, size, progress, reopenable, member, d);
    }

    /** What separates the cells (a comma unless {@link #withDelimiter} said otherwise). */
    char delimiter() {
        return delimiter;
    }

    /** Whether the table can be read again from its start by opening it again (a file, compressed or not), not only by keeping a copy. */
    boolean reopenable() {
        return reopenable || size >= 0;
    }

    /** A watcher for one read of this table: {@link Progress#NONE} unless a progress factory was given. */
    public Progress progress() {
        return progress == null ? Progress.NONE : progress.start(name, size);
    }

    /**
     * A file named by the user, resolved against the working directory; {@code -} is stdin;
     * {@code ARCHIVE.zip:MEMBER} a member of a zip archive. A compressed file (gzip, xz, bzip2,
     * zip: found by its first bytes) is read decompressed, its size unknown.
     */
    public static TableSource file(String given, Path cwd, InputStream stdin) {
        if (given.equals("-")) {
            return new TableSource("<stdin>", () -> stdin, -1);
        }
        Path p = cwd.resolve(given);
        String member = null;
        int colon = given.lastIndexOf(':');
        if (!Files.exists(p) && colon > 0 && (given.substring(0, colon).toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                || given.substring(0, colon).toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))
                && Files.isRegularFile(cwd.resolve(given.substring(0, colon)))) {
            member = given.substring(colon + 1);
            p = cwd.resolve(given.substring(0, colon));
        }
        if (Files.isDirectory(p)) {
            throw new UsageException(given + ": is a directory, not a table");
        }
        if (!Files.exists(p)) {
            throw new IoFailure(given + ": no such file", new NoSuchFileException(given));
        }
        long size;
        boolean compressed = false;
        try {
            size = Files.size(p);
            try (InputStream in = Files.newInputStream(p)) {
                compressed = Compressed.isCompressed(in.readNBytes(6));
            }
        } catch (IOException e) {
            size = -1;
        }
        Path file = p;
        return new TableSource(given, () -> Files.newInputStream(file), compressed ? -1 : size, null, true, member);
    }

    /** A table of the bundled data set, packed in the jar under {@code data/}. */
    public static TableSource bundled(String relative) {
        String resource = "/data/" + relative;
        if (TableSource.class.getResource(resource) == null) {
            throw new IoFailure("bundled table data/" + relative + " is missing from this build", null);
        }
        return new TableSource("data/" + relative, () -> TableSource.class.getResourceAsStream(resource), -1);
    }

    /** The same table (name, size, progress) read from another stream of the same (decompressed) bytes. */
    TableSource reopened(Opener again) {
        return new TableSource(name, again, size, progress, reopenable, null, delimiter);
    }

    public static TableSource of(String name, Opener opener) {
        return new TableSource(name, opener, -1);
    }

    public String name() {
        return name;
    }

    /** Size in bytes when known, else -1. */
    public long size() {
        return size;
    }

    /** The table's bytes, decompressed when they are compressed ({@link Compressed}). */
    public InputStream open() {
        try {
            return Compressed.open(name, opener.open(), member);
        } catch (IOException e) {
            throw new IoFailure(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
