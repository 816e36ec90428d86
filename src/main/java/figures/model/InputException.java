package figures.model;

/** Bad input data in a table, claims file or reference series (exit 3): {@code file:line: message}. */
public class InputException extends FiguresException {
    private final String file;
    private final long line;

    public InputException(String file, long line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** Bad input that is not tied to a line (a missing reference year, say). */
    public InputException(String message) {
        super(message);
        this.file = null;
        this.line = 0;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    @Override
    public int exitCode() {
        return BAD_INPUT;
    }
}
