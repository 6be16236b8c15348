package org.summittimeline.app;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.summittimeline.ui.Settings;

/** Settings kept between runs in the user's java.util.prefs node for this program. */
final class PreferenceSettings implements Settings {
    private final Preferences node = Preferences.userRoot().node("org/summittimeline");
    /**
     * Writing the file takes milliseconds of disk work that the UI thread should not wait for: the first layout
     * alone moves the split panes' dividers several times (issue 15). One thread writes, once for any number of
     * changes made meanwhile; java.util.prefs writes what is left when the program ends.
     */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store settings");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean writePending = new AtomicBoolean();

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        if (Objects.equals(node.get(key, null), value)) {
            return;
        }
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
        // Written at once, off the UI thread: a program that is killed (or crashes) keeps what the reader chose.
        if (writePending.compareAndSet(false, true)) {
            writer.execute(() -> {
                writePending.set(false);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    LOG.warning(() -> "could not store the settings: " + e.getMessage());
                }
            });
        }
    }
}
