package figures;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-test harness on JUnit Jupiter: runs a check on many generated inputs from a
 * seeded {@link Random}, and on failure names the seed, the try and the input, so that
 * {@code -Dproperties.seed=N} replays it. {@code -Dproperties.tries=N} runs more tries. Each
 * check runs on a worker thread with a generous bound, so a hang fails the test instead of the
 * build (a guard against hangs, not a timing assertion).
 */
public final class PropertyChecks {
    public static final long SEED = Long.getLong("properties.seed", 20_050_073L);
    public static final int TRIES = Integer.getInteger("properties.tries", 1000);
    private static final long BOUND_SECONDS = 5;

    private PropertyChecks() {
    }

    /** Runs {@code check} on {@code tries} inputs made by {@code gen}. */
    public static <T> void forAll(String name, int tries, Function<Random, T> gen, Consumer<T> check) {
        Random random = new Random(SEED ^ name.hashCode());
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "property " + name);
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < tries; i++) {
                T input = gen.apply(random);
                Future<?> f = worker.submit(() -> check.accept(input));
                try {
                    f.get(BOUND_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    fail(name + ": no answer within " + BOUND_SECONDS + " s (seed " + SEED + ", try " + i + ") for " + show(input));
                } catch (ExecutionException e) {
                    throw new AssertionError(name + " failed (seed " + SEED + ", try " + i + ") for " + show(input) + ": " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        } finally {
            worker.shutdownNow();
        }
    }

    public static <T> void forAll(String name, Function<Random, T> gen, Consumer<T> check) {
        forAll(name, TRIES, gen, check);
    }

    /** One of the items. */
    public static <T> T oneOf(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    /** A string of {@code n} characters drawn from {@code alphabet}. */
    public static String of(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Any UTF-16 text, lone surrogates and control characters included. */
    public static String anyText(Random r, int maxLength) {
        int n = r.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(4);
            b.append((char) (kind == 0 ? r.nextInt(0x80) : kind == 1 ? 0x600 + r.nextInt(0x100) : kind == 2 ? r.nextInt(0x10000) : " \t\r\n,\"".charAt(r.nextInt(6))));
        }
        return b.toString();
    }

    private static String show(Object input) {
        String s = input instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : String.valueOf(input);
        s = s.replace("\n", "\\n").replace("\r", "\\r");
        return s.length() <= 300 ? "<" + s + ">" : "<" + s.substring(0, 300) + "…> (" + s.length() + " characters)";
    }
}
