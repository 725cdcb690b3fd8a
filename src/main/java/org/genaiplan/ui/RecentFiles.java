package org.genaiplan.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last few opened or saved files, most recent first, kept in the user's preferences. */
public final class RecentFiles {
    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());
    public static final int LIMIT = 8;
    private static final String KEY = "recent.";
    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** One read-only view, kept: a new view per call would be collected with the listeners added to it. */
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences node) {
        this.node = node;
        for (int i = 0; i < LIMIT; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
    }

    public ObservableList<Path> files() {
        return view;
    }

    public void add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(files);
        list.remove(normal);
        list.addFirst(normal);
        while (list.size() > LIMIT) {
            list.removeLast();
        }
        files.setAll(list);
        persist();
    }

    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            persist();
        }
    }

    private void persist() {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.DEBUG, "The list is a convenience; losing it is not worth interrupting the user.", e);
        }
    }
}
