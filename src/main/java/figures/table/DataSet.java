package figures.table;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables in use: the bundled data set (in the jar), or the folder given with --data.
 * Readers ask it for a table by name ({@code writeoffs.csv}, {@code reference/cpi.csv}).
 */
public final class DataSet {
    /** The bundled tables, in the order {@code figures data} lists them. */
    public static final List<String> BUNDLED = List.of(
            "debts.csv", "writeoffs.csv", "loans.csv", "exports.csv", "claims.csv",
            "reference/cpi.csv", "reference/fx.csv", "reference/redenominations.csv");

    private final Path dir;
    private final Path cwd;
    private final InputStream stdin;
    private final Progress.Factory progress;
    private final boolean pipedStdin;

    private DataSet(Path dir, Path cwd, InputStream stdin, Progress.Factory progress, boolean pipedStdin) {
        this.dir = dir;
        this.cwd = cwd;
        this.stdin = stdin;
        this.progress = progress;
        this.pipedStdin = pipedStdin;
    }

    private DataSet(Path dir, Path cwd, InputStream stdin) {
        this(dir, cwd, stdin, null, false);
    }

    /** This data set, its tables reporting read progress to the factory. */
    public DataSet withProgress(Progress.Factory factory) {
        return new DataSet(dir, cwd, stdin, factory, pipedStdin);
    }

    /** This data set, where a command's table is stdin when none is named and stdin is piped (or redirected from a file). */
    public DataSet withPipedStdin(boolean piped) {
        return new DataSet(dir, cwd, stdin, progress, piped);
    }

    public static DataSet bundled(Path cwd, InputStream stdin) {
        return new DataSet(null, cwd, stdin);
    }

    public static DataSet folder(Path dir, Path cwd, InputStream stdin) {
        return new DataSet(dir, cwd, stdin);
    }

    /** The named table of this data set. */
    public TableSource table(String name) {
        if (dir == null) {
            return TableSource.bundled(name).withProgress(progress);
        }
        return TableSource.file(dir.resolve(name).toString(), cwd, stdin).withProgress(progress);
    }

    /** Whether the data set has the table. */
    public boolean has(String name) {
        if (dir == null) {
            return DataSet.class.getResource("/data/" + name) != null;
        }
        return Files.isRegularFile(cwd.resolve(dir).resolve(name));
    }

    /**
     * The table named by the user; when none is named, stdin if it is piped (never the bundled
     * data then: {@code cat t.csv | figures growth} reads t.csv), else this data set's default table.
     */
    public TableSource userOrDefault(String given, String defaultName) {
        if (given == null && pipedStdin) {
            given = "-";
        }
        return given == null ? table(defaultName) : TableSource.file(given, cwd, stdin).withProgress(progress);
    }

    /** Names of the tables present, bundled ones in their usual order. */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>();
        for (String n : BUNDLED) {
            if (has(n)) {
                names.add(n);
            }
        }
        return names;
    }

    public String describe() {
        return dir == null ? "bundled data" : dir.toString();
    }
}
