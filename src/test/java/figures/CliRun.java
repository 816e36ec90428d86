package figures;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One figures command run in-process from this folder, with a text on stdin: what it printed and its exit code. */
public record CliRun(String out, String err, int exit) {
    public static CliRun run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(Path.of("").toAbsolutePath(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(out.toString(), err.toString(), exit);
    }
}
