package figures.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run sees of the world besides its arguments: working directory (relative paths resolve
 * against it), standard input, environment, whether stdout is a terminal and whether stderr is
 * one (progress bars, coloured errors). Tests pass their own.
 */
public record Context(Path cwd, InputStream stdin, Map<String, String> env, boolean terminal, boolean errTerminal) {
    /** A context whose stderr is not a terminal. */
    public Context(Path cwd, InputStream stdin, Map<String, String> env, boolean terminal) {
        this(cwd, stdin, env, terminal, false);
    }

    public static Context system() {
        Map<String, String> env = System.getenv();
        return new Context(Path.of("").toAbsolutePath(), System.in, env, System.console() != null, stderrIsTerminal(env));
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
