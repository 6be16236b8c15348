package org.summittimeline.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the list of classes the window loads before its first frame, in the order it loads them, for
 * {@code org.summittimeline.app.ClassPreload}: starts the program on the bundled timeline (headless) with
 * {@code -Xlog:class+load} until its first frame and keeps every named class (no lambdas or other hidden classes,
 * nothing of the headless platform, which a real start does not use).
 * <pre>java -cp target/benchmarks.jar org.summittimeline.bench.StartupClassList \
 *     src/main/resources/org/summittimeline/app/startup-classes.txt</pre>
 */
public final class StartupClassList {
    private static final Pattern LOADED = Pattern.compile("^\\[[^]]*]\\[[^]]*]\\[class,load\\s*] (\\S+) source: (.*)$");

    private StartupClassList() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "startup-classes.txt");
        Path log = Files.createTempFile("class-load", ".log");
        try {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:file=" + log, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-Dprism.text=t2k", "-Dsummit.exitAfterFirstFrame=true",
                    "-cp", System.getProperty("java.class.path"), "org.summittimeline.app.Launcher");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(line -> { });
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the program's start ended with " + p.exitValue());
            }
            Set<String> names = new LinkedHashSet<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher m = LOADED.matcher(line);
                if (m.matches() && keep(m.group(1))) {
                    names.add(m.group(1));
                }
            }
            Files.write(out, new ArrayList<>(names), StandardCharsets.UTF_8);
            System.out.println(names.size() + " classes written to " + out);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean keep(String name) {
        return !name.contains("$$Lambda") && !name.contains("LambdaForm$") && !name.contains("/0x")
                && !name.startsWith("com.sun.glass.ui.monocle.") && !name.startsWith("org.summittimeline.bench.")
                && !name.startsWith("jdk.internal.reflect.Generated") && !name.contains("$Proxy");
    }
}
