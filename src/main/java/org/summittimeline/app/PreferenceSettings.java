package org.summittimeline.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.summittimeline.ui.Settings;

/** Settings kept between runs in the user's java.util.prefs node for this program. */
final class PreferenceSettings implements Settings {
    private final Preferences node = Preferences.userRoot().node("org/summittimeline");

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
        // Written at once: a program that is killed (or crashes) keeps what the reader chose.
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warning(() -> "could not store the preference " + key + ": " + e.getMessage());
        }
    }
}
