package figures.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run sees of the world besides its arguments: working directory (relative paths resolve
 * against it), standard input, environment, and whether stdout is a terminal. Tests pass their own.
 */
public record Context(Path cwd, InputStream stdin, Map<String, String> env, boolean terminal) {
    public static Context system() {
        return new Context(Path.of("").toAbsolutePath(), System.in, System.getenv(), System.console() != null);
    }

    /** NO_COLOR set to anything non-empty turns colour off (no-color.org). */
    public boolean noColorEnv() {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }
}
