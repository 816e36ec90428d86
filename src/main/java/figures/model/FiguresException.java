package figures.model;

/**
 * A failure the user can act on: printed as one line, never as a stack trace (unless --debug).
 * Its exit code is one of those README, Command line lists (0 ok, 1 inconsistent, 2 usage, 3 bad
 * input, 4 I/O).
 */
public abstract class FiguresException extends RuntimeException {
    public static final int INCONSISTENT = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int IO = 4;

    protected FiguresException(String message) {
        super(message);
    }

    protected FiguresException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code this failure maps to. */
    public abstract int exitCode();
}
