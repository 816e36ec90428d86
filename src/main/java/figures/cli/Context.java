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
        return new Context(Path.of("").toAbsolutePath(), System.in, env, System.console() != null, stderrIsTerminal(env),
                stdinIsPiped());
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
