package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.ChildJvm;

/**
 * Our code links no method-handle bootstrap of its own while a file is read or the window starts: a record's
 * generated equals and hashCode (the first costs some 50 ms in a process, spinning classes the optimising compiler
 * then compiles too) and string concatenation by invokedynamic (the build compiles it to StringBuilder calls).
 * Lambdas are left to the JVM. Each case runs in a JVM of its own, for only a fresh JVM links everything anew.
 */
@Tag("toolkit-free")
class StartPathBootstrapTest {
    private static final Path BUNDLED = Path.of("data", "helsinki-2018-summit.json");

    @Test
    void validatingAFileLinksNoRecordMethodsAndNoConcatenationOfOurs(@TempDir Path dir) throws Exception {
        List<String> linked = ourBootstraps(run(dir, List.of(), "--validate", BUNDLED.toString()));
        assertEquals(List.of(), linked);
    }

    @Test
    void startingTheWindowLinksNoRecordMethodsAndNoConcatenationOfOursBeforeItsFirstFrame(@TempDir Path dir)
            throws Exception {
        String output = run(dir, List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dsummit.exitAfterFirstFrame=true"));
        assertTrue(output.contains("first frame: "), output);
        String beforeFirstFrame = output.substring(0, output.indexOf("first frame: "));
        assertEquals(List.of(), ourBootstraps(beforeFirstFrame));
    }

    /** The call sites in our classes linked through a record's or the string concatenation's bootstrap. */
    private static List<String> ourBootstraps(String trace) {
        List<String> links = trace.lines().filter(l -> l.startsWith("linkCallSite ")).toList();
        // Without this the test could pass on a JDK that no longer traces linkage at all.
        assertTrue(links.stream().anyMatch(l -> l.contains("LambdaMetafactory")),
                "the JVM traced no call site; does it still know java.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE?");
        return links.stream()
                .filter(l -> l.startsWith("linkCallSite org.summittimeline."))
                .filter(l -> l.contains("java.lang.runtime.ObjectMethods") || l.contains("StringConcatFactory"))
                .map(l -> l.substring(0, Math.min(l.length(), 200)))
                .toList();
    }

    private static String run(Path dir, List<String> options, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of("-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-D" + LogFiles.FOLDER_PROPERTY + "=" + dir.resolve("logs")));
        all.addAll(options);
        ChildJvm.Ended ended = ChildJvm.run(all, Launcher.class.getName(), List.of(arguments), dir.resolve("trace.txt"),
                90);
        assertEquals(0, ended.exitValue(), ended.output());
        return ended.output();
    }
}
