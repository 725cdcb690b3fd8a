package org.genaiplan.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a store folder of its own ({@code genaiplan.home}, a new temporary folder) for the
 * commands it runs in this JVM, and puts back the folder the JVM was given (its fork's own) afterwards, so
 * later tests in the fork never fall back to the user's own app folder.
 */
public final class PrivateStoreHome implements BeforeAllCallback, AfterAllCallback {
    private static final String PROPERTY = "genaiplan.home";
    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(PrivateStoreHome.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ExtensionContext.Store store = context.getStore(SPACE);
        String given = System.getProperty(PROPERTY);
        if (given != null) {
            store.put("given", given);
        }
        Path home = Files.createTempDirectory("genaiplan-home");
        store.put("home", home);
        System.setProperty(PROPERTY, home.toString());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        ExtensionContext.Store store = context.getStore(SPACE);
        String given = store.get("given", String.class);
        if (given == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, given);
        }
        Path home = store.get("home", Path.class);
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
