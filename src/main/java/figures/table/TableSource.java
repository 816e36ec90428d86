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

    private TableSource(String name, Opener opener, long size) {
        this(name, opener, size, null);
    }

    private TableSource(String name, Opener opener, long size, Progress.Factory progress) {
        this.name = name;
        this.opener = opener;
        this.size = size;
        this.progress = progress;
    }

    /** This source, reporting the progress of each read to the factory's watcher (null: none). */
    public TableSource withProgress(Progress.Factory factory) {
        return new TableSource(name, opener, size, factory);
    }

    /** A watcher for one read of this table: {@link Progress#NONE} unless a progress factory was given. */
    public Progress progress() {
        return progress == null ? Progress.NONE : progress.start(name, size);
    }

    /** A file named by the user, resolved against the working directory; {@code -} is stdin. */
    public static TableSource file(String given, Path cwd, InputStream stdin) {
        if (given.equals("-")) {
            return new TableSource("<stdin>", () -> stdin, -1);
        }
        Path p = cwd.resolve(given);
        if (Files.isDirectory(p)) {
            throw new UsageException(given + ": is a directory, not a table");
        }
        if (!Files.exists(p)) {
            throw new IoFailure(given + ": no such file", new NoSuchFileException(given));
        }
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            size = -1;
        }
        return new TableSource(given, () -> Files.newInputStream(p), size);
    }

    /** A table of the bundled data set, packed in the jar under {@code data/}. */
    public static TableSource bundled(String relative) {
        String resource = "/data/" + relative;
        if (TableSource.class.getResource(resource) == null) {
            throw new IoFailure("bundled table data/" + relative + " is missing from this build", null);
        }
        return new TableSource("data/" + relative, () -> TableSource.class.getResourceAsStream(resource), -1);
    }

    /** The same table (name, size, progress) read from another stream of the same bytes. */
    TableSource reopened(Opener again) {
        return new TableSource(name, again, size, progress);
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

    public InputStream open() {
        try {
            return opener.open();
        } catch (IOException e) {
            throw new IoFailure(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
