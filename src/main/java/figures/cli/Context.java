package figures.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run sees of the world besides its arguments: working directory (relative paths resolve
 * against it), standard input, environment, whether stdout is a terminal and whether stderr is
 * one (progress bars, coloured errors), and whether stdin is piped or redirected from a file (a
 * command that reads a table then reads it when none is named). Tests pass their own.
 */
public record Context(Path cwd, InputStream stdin, Map<String, String> env, boolean terminal, boolean errTerminal,
                      boolean stdinPiped) {
    /** A context whose stderr is not a terminal. */
    public Context(Path cwd, InputStream stdin, Map<String, String> env, boolean terminal) {
        this(cwd, stdin, env, terminal, false);
    }

    /** A context whose stdin is not piped. */
    public Context(Path cwd, InputStream stdin, Map<String, String> env, boolean terminal, boolean errTerminal) {
        this(cwd, stdin, env, terminal, errTerminal, false);
    }

    public static Context system() {
        Map<String, String> env = System.getenv();
        boolean closed = stdinClosed();
        return new Context(Path.of("").toAbsolutePath(), closed ? CLOSED : System.in, env, System.console() != null,
                stderrIsTerminal(env), !closed && stdinIsPiped());
    }

    /**
     * Standard input when the process was started with it closed ({@code figures growth - <&-}):
     * file descriptor 0 is then the first file the JVM opened, its own lib/modules, which must be
     * neither read as a table nor closed (the JVM crashes). Reading it is an I/O error instead.
     */
    private static final InputStream CLOSED = new InputStream() {
        @Override
        public int read() throws IOException {
            throw new IOException("standard input is closed (give a file, or redirect one: < FILE)");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return read();
        }
    };

    /** Whether descriptor 0 was closed when the process started: it names a file of the JVM itself (Linux /proc). */
    private static boolean stdinClosed() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            return target.startsWith(Path.of(System.getProperty("java.home")));
        } catch (IOException | UnsupportedOperationException | SecurityException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Whether stdin is a pipe, a socket or a regular file (on Linux, from what its file descriptor
     * links to); not a terminal, /dev/null or a closed stdin. Elsewhere: false (name the table, or -).
     */
    private static boolean stdinIsPiped() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            String t = target.toString();
            return t.startsWith("pipe:") || t.startsWith("socket:") || Files.isRegularFile(target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Java has no isatty: on Linux, stderr's file descriptor links to a tty device when it is one. */
    private static boolean stderrIsTerminal(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** NO_COLOR set to anything non-empty turns colour off (no-color.org). */
    public boolean noColorEnv() {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }
}
