package figures.cli;

import figures.model.IoFailure;
import figures.render.Renderer;
import figures.render.ResultTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's result where the user asked: stdout, or -o FILE atomically (a temp file in
 * the same folder, renamed over the target only once complete, so a failed run never leaves a
 * half-written file). Returns the exit code: 1 when a figure was found inconsistent.
 */
final class Output {
    private Output() {
    }

    static int emit(GlobalOptions g, Context ctx, PrintWriter out, ResultTable... results) {
        Renderer renderer = new Renderer(g.renderOptions(ctx));
        boolean inconsistent = false;
        for (ResultTable r : results) {
            inconsistent |= r.inconsistent();
        }
        if (g.output() == null) {
            // straight to stdout as it renders: a big csv is never held as one String
            renderAll(renderer, out, results);
            out.flush();
        } else {
            writeAtomically(ctx.cwd().resolve(g.output()), "-o " + g.output(), stream -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                try {
                    renderAll(renderer, w, results);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                w.flush();
            });
        }
        notes(g, results);
        return inconsistent ? 1 : 0;
    }

    /**
     * The notes go to stderr, after the result, in every format (json also keeps them in the
     * document): a pipeline reading stdout gets data only. {@code -q} leaves them out.
     */
    private static void notes(GlobalOptions g, ResultTable... results) {
        if (g.quiet()) {
            return;
        }
        PrintWriter err = g.err();
        for (ResultTable r : results) {
            Renderer.notes(r, err);
        }
        err.flush();
    }

    private static void renderAll(Renderer renderer, Appendable out, ResultTable... results) {
        for (int i = 0; i < results.length; i++) {
            if (i > 0) {
                try {
                    out.append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            renderer.render(results[i], out);
        }
    }

    static void writeAtomically(Path target, String shown, String text) {
        writeAtomically(target, "-o " + shown, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to target via a temp file in the same folder; {@code what} names the option in errors. */
    static void writeAtomically(Path target, String what, byte[] bytes) {
        writeAtomically(target, what, stream -> stream.write(bytes));
    }

    /** What goes into the temp file. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A temp file is private (0600): give the result the old file's permissions, or rw-r--r-- for a new one. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Writes {@code body} to target via a temp file in the same folder; {@code what} names the option in errors. */
    static void writeAtomically(Path target, String what, Body body) {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IoFailure(what + ": is a folder; name a file", null);
        }
        if (dir == null || !Files.isDirectory(dir)) {
            // what is "OPTION FILE": name the folder as the user wrote it
            Path given = Path.of(what.substring(what.indexOf(' ') + 1)).getParent();
            throw new IoFailure(what + ": no such folder '" + (given == null ? dir : given) + "'", null);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                body.writeTo(stream);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (FileSystemException e) {
            throw new IoFailure(what + ": cannot write: " + (e.getReason() == null ? e.getMessage() : e.getReason()), e);
        } catch (IOException e) {
            throw new IoFailure(what + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is the one to report
                }
            }
        }
    }
}
