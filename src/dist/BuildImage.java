import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the app image, and the platform's installer where its tools are present, for {@code mvn -Pdist package}:
 * jdeps finds the modules the program uses, jlink makes a runtime of only those (JavaFX from the Maven jars of the
 * building platform, which are modular), jpackage makes the image, a training run makes the class-data archive
 * the launcher uses, and jpackage packs the finished image.
 *
 * <p>A Java program run from source ({@code java src/dist/BuildImage.java}), so the build needs nothing but the JDK
 * on every platform. Arguments: the project folder, the project version, and "true" or "false" for the installer.
 */
public final class BuildImage {
    /** G1's pause goal; also in pom.xml's javafx-maven-plugin options (mvn javafx:run) and the README (java -jar). */
    static final String GC_PAUSE_GOAL = "-XX:MaxGCPauseMillis=50";

    static final String NAME = "Summit Timeline";
    static final String LAUNCHER = "summit-timeline";
    static final String MAIN_CLASS = "org.summittimeline.app.Launcher";
    /** A training run that takes longer than this is stopped; the build goes on with the next way. */
    static final long TRAINING_SECONDS = 180;
    /** Events of the file the JDK 25 cache is trained on: 13.6 MB, large enough to be read events first. */
    static final int TRAINING_EVENTS = 20_000;

    private final Path project;
    private final Path target;
    private final Path dist;
    private final String version;
    private final boolean installer;
    private final int jdk = Runtime.version().feature();
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    BuildImage(Path project, String version, boolean installer) {
        this.project = project.toAbsolutePath().normalize();
        this.target = this.project.resolve("target");
        this.dist = target.resolve("dist");
        this.version = version;
        this.installer = installer;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java src/dist/BuildImage.java PROJECT-FOLDER VERSION [true|false]");
            System.exit(2);
        }
        new BuildImage(Path.of(args[0]), args[1], args.length < 3 || Boolean.parseBoolean(args[2])).build();
    }

    void build() throws Exception {
        deleteTree(dist);
        Files.createDirectories(dist);
        Path jar = target.resolve(LAUNCHER + ".jar");
        // The jars the program's manifest names, not all of target/lib: a -Pbench build into the same folder leaves
        // JMH and Monocle there, and they were packaged with the program.
        List<Path> libs;
        try (JarFile main = new JarFile(jar.toFile())) {
            String classPath = main.getManifest() == null ? null
                    : main.getManifest().getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                throw new IllegalStateException(jar + " names no Class-Path in its manifest: build it with "
                        + "mvn -Pdist package, whose jar plugin writes one");
            }
            libs = Arrays.stream(classPath.split(" ")).filter(name -> !name.isBlank()).map(target::resolve)
                    .sorted().toList();
        }
        // javafx-graphics-21.0.11-linux.jar carries the classes and native code; javafx-graphics-21.0.11.jar is
        // an empty jar that only makes Maven pick the platform's one.
        List<Path> fx = libs.stream().filter(p -> isJavaFx(p) && !isEmptyJavaFx(p)).toList();
        List<Path> others = libs.stream().filter(p -> !isJavaFx(p)).toList();

        Path runtime = link(jar, fx, others);
        Path image = packageImage(jar, others, runtime);
        String archiveOption = train(image);
        report(image, archiveOption);
        if (installer) {
            packInstaller(image);
        }
        if (os.startsWith("linux")) {
            writeDesktopEntry(image);
        }
    }

    // --- the runtime ---

    private Path link(Path jar, List<Path> fx, List<Path> others) throws IOException, InterruptedException {
        String fxPath = join(fx);
        List<String> jdeps = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", String.valueOf(jdk), "--module-path", fxPath));
        jdeps.add(jar.toString());
        others.forEach(p -> jdeps.add(p.toString()));
        // The list is the last line; warnings may come before it.
        List<String> printed = run("jdeps", jdeps).lines().filter(l -> !l.isBlank()).toList();
        String found = printed.isEmpty() ? "java.base" : printed.get(printed.size() - 1).strip();
        // jdeps reads code, not reflection or services: German dates need the CLDR data of jdk.localedata, and
        // Gson reaches sun.misc.Unsafe (jdk.unsupported) by reflection for classes without a no-argument constructor.
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(found.split(",")));
        modules.addAll(List.of("jdk.localedata", "jdk.unsupported"));
        modules.removeIf(String::isBlank);
        System.out.println("[dist] modules: " + String.join(",", modules));

        Path runtime = dist.resolve("runtime");
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        // From JDK 24 a JDK may come without jmods and link from its own runtime.
        String modulePath = (Files.isDirectory(jmods) ? jmods + java.io.File.pathSeparator : "") + fxPath;
        List<String> jlink = new ArrayList<>(List.of("--module-path", modulePath,
                "--add-modules", String.join(",", modules), "--output", runtime.toString(),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--include-locales=en,de",
                // JavaFX's native libraries go beside the JVM's (below), where System.loadLibrary finds them;
                // inside the modules they would be unpacked into the user's home at every new version.
                "--exclude-resources=regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib)",
                "--generate-cds-archive"));
        if (jdk >= 21) {
            jlink.add("--compress=zip-6");
        } else {
            jlink.add("--compress=2");
        }
        run("jlink", jlink);
        // Only the modules the runtime holds (javafx.graphics comes in through javafx.controls, say).
        String linked = Files.readString(runtime.resolve("release"));
        Path nativeDir = runtime.resolve(os.startsWith("windows") ? "bin" : "lib");
        // The archive for JVMs with heaps over 32 GB, which this program never asks for: 11 MB saved.
        Files.deleteIfExists(runtime.resolve(os.startsWith("windows") ? "bin/server/classes_nocoops.jsa"
                : "lib/server/classes_nocoops.jsa"));
        for (Path f : fx) {
            if (linked.matches("(?s).*[\" \\s]" + moduleOf(f).replace(".", "\\.") + "[\" \\s].*")) {
                unpackNativeLibraries(f, nativeDir);
            }
        }
        if (os.startsWith("linux") && onPath("objcopy")) {
            stripSymbols(runtime);
        }
        return runtime;
    }

    /**
     * Drops the symbol tables of the runtime's native libraries (4 MB of libjvm alone); only a crash report's
     * stack of native frames loses its names.
     */
    private static void stripSymbols(Path runtime) throws IOException, InterruptedException {
        List<Path> libraries;
        try (Stream<Path> s = Files.walk(runtime)) {
            libraries = s.filter(p -> p.getFileName().toString().endsWith(".so")).toList();
        }
        for (Path so : libraries) {
            so.toFile().setWritable(true);
            Process p = new ProcessBuilder("objcopy", "--strip-unneeded", so.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                System.out.println("[dist] could not strip " + so + "; kept as it is");
            }
        }
    }

    private static boolean isJavaFx(Path jar) {
        return jar.getFileName().toString().startsWith("javafx-");
    }

    private static boolean isEmptyJavaFx(Path jar) {
        return jar.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+\\.jar");
    }

    /** javafx-graphics-21.0.11-linux.jar: javafx.graphics. */
    private static String moduleOf(Path fxJar) {
        return "javafx." + fxJar.getFileName().toString().split("-")[1];
    }

    private static void unpackNativeLibraries(Path jar, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!name.contains("/") && name.matches(".+\\.(so|dll|dylib)")) {
                    Files.copy(zip, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // --- the app image ---

    private Path packageImage(Path jar, List<Path> others, Path runtime) throws IOException {
        Path input = dist.resolve("input");
        Files.createDirectories(input);
        Files.copy(jar, input.resolve(jar.getFileName()));
        for (Path p : others) {
            Files.copy(p, input.resolve(p.getFileName()));
        }
        Path stage = dist.resolve("stage");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", LAUNCHER,
                "--dest", stage.toString(), "--input", input.toString(), "--main-jar", jar.getFileName().toString(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(),
                "--app-version", numericVersion(), "--vendor", NAME,
                "--description", "A viewer for sourced timelines with quotes and uncertain times",
                "--copyright", "Apache License 2.0; see LICENSE and NOTICE",
                "--icon", icon().toString()));
        for (String option : javaOptions()) {
            args.addAll(List.of("--java-options", option));
        }
        run("jpackage", args);
        Path made = stage.resolve(os.startsWith("mac") ? LAUNCHER + ".app" : LAUNCHER);
        // The folder bears the program's name; the launcher a name that is easy to type.
        Path image = dist.resolve(os.startsWith("mac") ? NAME + ".app" : NAME);
        Files.move(made, image);
        deleteTree(stage);
        deleteTree(input);
        deleteTree(runtime);
        // Beside the program's jars: the installers keep that folder whole (they drop files at the top).
        Files.copy(project.resolve("LICENSE"), appDir(image).resolve("LICENSE"));
        Files.copy(project.resolve("src/dist/NOTICE"), appDir(image).resolve("NOTICE"));
        return image;
    }

    /**
     * A desktop entry for the image where it was built ("Open with" for JSON files), to copy into
     * ~/.local/share/applications; the .deb installs its own, pointing into /opt.
     */
    private void writeDesktopEntry(Path image) throws IOException {
        String desktop = Files.readString(project.resolve("src/dist/linux/" + LAUNCHER + ".desktop"))
                .replace("APPLICATION_LAUNCHER", quoteExec(image.resolve("bin").resolve(LAUNCHER)))
                .replace("APPLICATION_ICON", image.resolve("lib").resolve(LAUNCHER + ".png").toString());
        Files.writeString(image.resolve("lib").resolve(LAUNCHER + ".desktop"), desktop);
    }

    private List<String> javaOptions() {
        List<String> options = new ArrayList<>();
        // G1's young pauses sized to 50 ms, not its 200 ms default: while a million events are read under 1 GB they
        // reached 79-105 ms, each a stop of the window (docs/PERFORMANCE.md, sessions 17-18). The same total pause
        // time, no slower load.
        options.add(GC_PAUSE_GOAL);
        if (jdk >= 22) {
            // JavaFX 21 loads native code and, from JDK 23, reaches sun.misc.Unsafe: allowed, not warned about.
            options.add("--enable-native-access=javafx.graphics");
        }
        if (jdk >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /** jpackage wants numbers only: 0.1.0-SNAPSHOT is 0.1.0. */
    private String numericVersion() {
        String v = version.replaceAll("[^0-9.].*$", "");
        return v.isEmpty() ? "1.0" : v;
    }

    private Path icon() {
        String ext = os.startsWith("windows") ? "ico" : os.startsWith("mac") ? "icns" : "png";
        return project.resolve("src/dist/icons/" + LAUNCHER + "." + ext);
    }

    private static String quoteExec(Path p) {
        String s = p.toString();
        return s.contains(" ") ? "\"" + s + "\"" : s;
    }

    // --- the class-data archive ---

    /** Runs the program once to record the classes it loads; returns the option that uses the result. */
    private String train(Path image) throws IOException, InterruptedException {
        Path appDir = appDir(image);
        boolean aot = jdk >= 25;
        String fileName = LAUNCHER + (aot ? ".aot" : ".jsa");
        Path archive = appDir.resolve(fileName);
        Path scratch = Files.createTempDirectory("summit-training");
        Path data = project.resolve("data/helsinki-2018-summit.json");
        String how = null;
        try {
            Path recorded = scratch.resolve(fileName);
            List<String> common = List.of("-Dsummit.logDir=" + scratch.resolve("logs"),
                    "-Djava.util.prefs.userRoot=" + scratch.resolve("prefs"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            List<String> record = new ArrayList<>(common);
            record.add(aot ? "-XX:AOTCacheOutput=" + recorded : "-XX:ArchiveClassesAtExit=" + recorded);
            List<String> window = new ArrayList<>(record);
            window.add("-Dsummit.exitAfterFirstFrame=true");
            List<String> display = displayCommand();
            // JDK 25's cache keeps the methods' profiles too: trained on a large file, read events first, it holds
            // those of the loader and of the events' first frame as well, which took a 100,000-event start from
            // 1.96-2.14 to 1.82-2.06 s (the bundled file's start 0.03 s slower, still about 1.0 s). JDK 17's archive
            // holds classes only, and is trained as a first start is, on the bundled file.
            Path large = aot && display != null ? generated(image, scratch.resolve("training.json")) : null;
            // No file named: the window opens the bundled timeline from the jar, as a first start does.
            if (large != null && trainingRun(image, window, display, List.of(large.toString()), recorded)) {
                how = "the window on a generated file of " + TRAINING_EVENTS + " events (read events first), until "
                        + "its first frame" + (display.isEmpty() ? "" : " (" + display.get(0) + ")");
            } else if (display != null && trainingRun(image, window, display, List.of(), recorded)) {
                how = "the window on the bundled file, until its first frame"
                        + (display.isEmpty() ? "" : " (" + display.get(0) + ")");
            } else if (trainingRun(image, record, List.of(), List.of("--validate", data.toString()), recorded)) {
                how = "--validate on the bundled file (" + (display == null ? "no display" : "the window's run failed")
                        + ": the window's classes are not in it)";
                // Measured with JDK 25's cache: a launcher whose archive was trained without the window starts it
                // about half a second later.
                System.out.println("[dist] the class-data archive is trained without the window, and the launcher "
                        + "will start its window later (about 0.5 s with JDK 25); with a display, or xvfb-run (e.g. "
                        + "apt-get install xvfb), and GTK, build again for the faster start");
            }
            if (how == null) {
                System.out.println("[dist] no class-data archive: both training runs failed; the launcher starts "
                        + "without one");
                return null;
            }
            Files.move(recorded, archive, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteTree(scratch);
        }
        String option = (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + "$APPDIR/" + fileName;
        addToConfig(appDir, option);
        Files.writeString(dist.resolve("training.txt"), "runtime: JDK " + Runtime.version() + "\narchive: " + fileName
                + "\ntrained by: " + how + "\n");
        System.out.println("[dist] class-data archive " + fileName + " from " + how);
        return option;
    }

    /**
     * How to reach a display: none needed (Windows, macOS, or a display is set), xvfb-run when present, or
     * null when there is none.
     */
    private List<String> displayCommand() {
        // SUMMIT_DIST_TRAINING=validate: as on a machine without a display (to try that case anywhere).
        if ("validate".equals(System.getenv("SUMMIT_DIST_TRAINING"))) {
            return null;
        }
        if (!os.startsWith("linux") && !os.contains("bsd")) {
            return List.of();
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        if ((display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank())) {
            return List.of();
        }
        if (onPath("xvfb-run")) {
            return List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24");
        }
        System.out.println("[dist] no display and no xvfb-run");
        return null;
    }

    /**
     * A synthetic timeline written by the image's own launcher ({@code --generate}) for the training run, or null
     * when that fails (the training then falls back to the bundled file).
     */
    private Path generated(Path image, Path file) throws IOException, InterruptedException {
        List<String> command = List.of(launcher(image).toString(), "--generate", String.valueOf(TRAINING_EVENTS),
                "--seed", "3", "--out", file.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dist.resolve("training.log").toFile()).start();
        if (!p.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        return p.exitValue() == 0 && Files.isRegularFile(file) ? file : null;
    }

    /** One run of the launcher with {@code jvmOptions}; true when it ended well and left the archive. */
    private boolean trainingRun(Path image, List<String> jvmOptions, List<String> prefix, List<String> args,
                                Path recorded) throws IOException, InterruptedException {
        Files.deleteIfExists(recorded);
        List<String> command = new ArrayList<>(prefix);
        command.add(launcher(image).toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dist.resolve("training.log").toFile());
        // JAVA_TOOL_OPTIONS reaches the JVM whatever launcher starts it, so the run uses the launcher's own
        // class path, which the archive must match.
        pb.environment().put("JAVA_TOOL_OPTIONS", jvmOptions.stream().map(BuildImage::quoted)
                .collect(Collectors.joining(" ")));
        System.out.println("[dist] training run: " + String.join(" ", command));
        Process p = pb.start();
        boolean ended = p.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            System.out.println("[dist] the training run did not end within " + TRAINING_SECONDS + " s");
            return false;
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(recorded)) {
            System.out.println("[dist] the training run failed (exit " + p.exitValue() + "); its output:");
            System.out.println(tail(Files.readString(dist.resolve("training.log"), StandardCharsets.UTF_8)));
            return false;
        }
        return true;
    }

    private static String quoted(String option) {
        return option.contains(" ") ? "\"" + option + "\"" : option;
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private Path launcher(Path image) {
        if (os.startsWith("windows")) {
            return image.resolve(LAUNCHER + ".exe");
        }
        return os.startsWith("mac") ? image.resolve("Contents/MacOS/" + LAUNCHER) : image.resolve("bin/" + LAUNCHER);
    }

    private Path appDir(Path image) {
        if (os.startsWith("windows")) {
            return image.resolve("app");
        }
        return os.startsWith("mac") ? image.resolve("Contents/app") : image.resolve("lib/app");
    }

    /** Adds a JVM option to the launcher's configuration, after the ones jpackage wrote. */
    private static void addToConfig(Path appDir, String option) throws IOException {
        Path cfg = appDir.resolve(LAUNCHER + ".cfg");
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            lines.add("[JavaOptions]");
            section = lines.size() - 1;
        }
        int at = section + 1;
        while (at < lines.size() && lines.get(at).startsWith("java-options=")) {
            at++;
        }
        lines.add(at, "java-options=" + option);
        Files.write(cfg, lines);
    }

    // --- the installer ---

    private void packInstaller(Path image) throws IOException {
        String type;
        List<String> extra = new ArrayList<>();
        if (os.startsWith("linux")) {
            if (!onPath("dpkg-deb") || !onPath("fakeroot")) {
                System.out.println("[dist] no .deb: dpkg-deb and fakeroot are needed (apt-get install fakeroot)");
                return;
            }
            type = "deb";
            extra.addAll(List.of("--resource-dir", project.resolve("src/dist/linux").toString(), "--linux-shortcut",
                    "--linux-app-category", "Education", "--linux-menu-group", "Education;Office;",
                    "--linux-deb-maintainer", "summit-timeline@example.org"));
        } else if (os.startsWith("windows")) {
            type = "msi"; // needs the WiX Toolset on the PATH
            extra.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser"));
        } else if (os.startsWith("mac")) {
            type = "dmg";
        } else {
            System.out.println("[dist] no installer for " + os);
            return;
        }
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(),
                "--name", LAUNCHER, "--dest", dist.toString(), "--app-version", numericVersion(),
                "--vendor", NAME, "--description", "A viewer for sourced timelines with quotes and uncertain times",
                "--license-file", project.resolve("LICENSE").toString()));
        args.addAll(extra);
        run("jpackage", args);
    }

    // --- what takes the room ---

    private void report(Path image, String archiveOption) throws IOException {
        Map<String, Long> parts = new LinkedHashMap<>();
        long[] total = {0};
        Files.walkFileTree(image, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                total[0] += attrs.size();
                String rel = image.relativize(file).toString().replace('\\', '/');
                String part;
                if (rel.endsWith("/modules") && rel.contains("runtime")) {
                    part = "runtime: lib/modules (the classes of the JDK and JavaFX modules, compressed)";
                } else if (rel.matches(".*runtime/.*classes(_nocoops)?\\.jsa")) {
                    part = "runtime: the JDK's own class-data archives";
                } else if (rel.matches(".*runtime/.*(libjvm|jvm)\\.(so|dll|dylib)")) {
                    part = "runtime: the JVM (libjvm)";
                } else if (rel.matches(".*runtime/.*(glass|prism|javafx|decora|jfx|gstreamer|fxplugins|avplugin).*")) {
                    part = "runtime: JavaFX native libraries";
                } else if (rel.contains("runtime/")) {
                    part = "runtime: other native libraries and files";
                } else if (rel.endsWith(".jsa") || rel.endsWith(".aot")) {
                    part = "the program's class-data archive";
                } else if (rel.endsWith(".jar")) {
                    part = "the program's jar and its libraries";
                } else {
                    part = "launcher, icon, licences";
                }
                parts.merge(part, attrs.size(), Long::sum);
                return FileVisitResult.CONTINUE;
            }
        });
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %.1f MB unpacked (JDK %d)%n",
                image.getFileName(), total[0] / 1e6, jdk));
        parts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e ->
                text.append(String.format(Locale.ROOT, "  %6.1f MB  %s%n", e.getValue() / 1e6, e.getKey())));
        text.append(archiveOption == null ? "  (no class-data archive)\n" : "  launcher option: " + archiveOption + "\n");
        Files.writeString(dist.resolve("size.txt"), text);
        System.out.print("[dist] " + text);
    }

    // --- helpers ---

    private static String run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK; build with a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (" + code + "): " + String.join(" ", args) + "\n" + out
                    + err);
        }
        if (!err.toString().isBlank()) {
            System.out.print("[dist] " + tool + ": " + err);
        }
        return out.toString();
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
