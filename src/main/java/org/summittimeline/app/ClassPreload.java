package org.summittimeline.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the classes a start of the window needs before its first frame, in the order it needs them, on a thread
 * of its own, while the main thread starts JavaFX and the UI thread builds the window. Finding, reading and
 * defining a class costs the same on any thread; done here, the UI thread finds most of its 3,000 classes already
 * loaded (its own CPU time to the first frame fell by a fifth). Classes are only loaded, never initialised, so no
 * static initialiser runs out of its turn or off its thread.
 *
 * <p>The list is {@value #LIST} beside this class, one binary class name a line, written by
 * {@code org.summittimeline.bench.StartupClassList} from a start's {@code -Xlog:class+load}; a name that no longer
 * exists is skipped, so an old list costs only what it misses.
 */
final class ClassPreload {
    static final String LIST = "startup-classes.txt";
    private static final Logger LOG = Logger.getLogger(ClassPreload.class.getName());

    private ClassPreload() {
    }

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("summit.preloadClasses", "true"))) {
            return; // for measuring what it gives
        }
        Thread thread = new Thread(ClassPreload::loadAll, "preload classes");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Loads every class of the list it can; returns how many it loaded. */
    static int loadAll() {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassPreload.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError missing) {
                    // renamed or platform-specific: the UI thread loads what it needs itself
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not read the start-up class list", e);
        }
        return loaded;
    }
}
