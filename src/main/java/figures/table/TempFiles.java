package figures.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's temporary files (the temp file an {@code -o} result is written into, the copy of a
 * table read from stdin), removed when they are done with and, whatever happens, when the run
 * ends: on a normal exit, on any failure, and on SIGINT/SIGTERM (a shutdown hook). A kill -9
 * cannot be caught; the names start with a dot or {@code figures-} so that such leftovers are
 * recognisable.
 */
public final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private TempFiles() {
    }

    /** Registers {@code path} (a file, or a folder holding only temp files) for removal at exit. */
    public static Path register(Path path) {
        hook();
        LIVE.add(path);
        return path;
    }

    /** Removes {@code path} now (a folder with what is in it) and forgets it; failures are ignored. */
    public static void remove(Path path) {
        if (path == null) {
            return;
        }
        delete(path);
        LIVE.remove(path);
    }

    /**
     * A new private file for a copy of standard input: in its own folder (rwx------) under the
     * system's temp folder, so no other user can read the data or replace the file; the folder and
     * the file go when {@link #removeSpill} is called or the run ends.
     */
    public static Path spill(String prefix, String suffix) throws IOException {
        Path dir = Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir"))).supportsFileAttributeView("posix")
                ? Files.createTempDirectory("figures-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory("figures-");
        register(dir);
        return Files.createFile(dir.resolve(prefix + suffix));
    }

    /** Removes a file made by {@link #spill} and its private folder. */
    public static void removeSpill(Path file) {
        if (file != null) {
            remove(file.getParent());
        }
    }

    /** Whether any temp file is still registered (tests: every path of a run cleans up). */
    public static int live() {
        return LIVE.size();
    }

    private static void hook() {
        if (hooked) {
            return;
        }
        synchronized (TempFiles.class) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    for (Path p : LIVE) {
                        delete(p);
                    }
                }, "figures-temp-cleanup"));
                hooked = true;
            }
        }
    }

    private static void delete(Path path) {
        try {
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (var s = Files.list(path)) {
                    for (Path p : (Iterable<Path>) s::iterator) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException | RuntimeException e) {
            // a temp file that cannot be removed is left for the system to clean up
        }
    }
}
