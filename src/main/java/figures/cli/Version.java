package figures.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Implementation-Version), or a development marker. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }

    /** {@code figures 0.3.0}, or {@code figures (development build)}. */
    static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "figures " + (v == null ? "(development build)" : v);
    }
}
