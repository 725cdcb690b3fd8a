package org.genaiplan.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Lets a second launch hand its file to the window that is already running instead of opening a second
 * app. The running app listens on a loopback socket on a random port and writes the port and a random
 * token to {@value #INFO_FILE} in the per-user folder ({@code StoreHome}); a second launch reads that
 * file, sends the token and the file's absolute path, and waits briefly for "ok". Without an answer it
 * starts normally, so a hung or crashed instance never blocks a launch. The running app only ever
 * receives a path to open; opening the same plan twice is refused by the store.
 */
public final class SingleInstance implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SingleInstance.class.getName());
    static final String INFO_FILE = "running-instance.properties";
    private static final String GREETING = "genaiplan-open/1";
    private static final String OK = "ok";
    private static final int CONNECT_TIMEOUT_MS = 500;
    private static final int ANSWER_TIMEOUT_MS = 3000;

    private final ServerSocket server;
    private final Path infoFile;
    private final String token;
    private final Consumer<Path> onOpenRequest;
    private final Thread acceptor;
    private final Thread cleanupAtExit;

    private SingleInstance(ServerSocket server, Path infoFile, String token, Consumer<Path> onOpenRequest) {
        this.server = server;
        this.infoFile = infoFile;
        this.token = token;
        this.onOpenRequest = onOpenRequest;
        this.acceptor = Thread.ofPlatform().daemon().name("genaiplan-open-requests").unstarted(this::serve);
        this.cleanupAtExit = Thread.ofPlatform().name("genaiplan-open-requests-cleanup").unstarted(this::release);
    }

    /**
     * Starts answering open requests from later launches. {@code onOpenRequest} gets absolute paths on a
     * background thread (hop to the FX thread yourself) and must return quickly.
     */
    public static SingleInstance listen(Path home, Consumer<Path> onOpenRequest) throws IOException {
        Files.createDirectories(home);
        ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        try {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            Path infoFile = home.resolve(INFO_FILE);
            writeInfo(infoFile, server.getLocalPort(), token);
            SingleInstance instance = new SingleInstance(server, infoFile, token, onOpenRequest);
            instance.acceptor.start();
            // an exit without close() (System.exit, a termination signal) still removes the info file
            Runtime.getRuntime().addShutdownHook(instance.cleanupAtExit);
            return instance;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Like {@link #listen} but a failure only costs the hand-over: it is reported in one line. */
    public static Optional<SingleInstance> tryListen(Path home, Consumer<Path> onOpenRequest) {
        try {
            return Optional.of(listen(home, onOpenRequest));
        } catch (IOException e) {
            System.err.println("genaiplan: later launches will open their own window (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /**
     * Hands {@code file} to a running instance. Returns true only when it confirmed it will open the file;
     * false when none runs, it is stale, or it does not answer in time.
     */
    public static boolean forward(Path home, Path file) {
        Optional<Properties> info = readInfo(home.resolve(INFO_FILE));
        if (info.isEmpty()) {
            return false;
        }
        try {
            int port = Integer.parseInt(info.get().getProperty("port", ""));
            String token = info.get().getProperty("token", "");
            long pid = Long.parseLong(info.get().getProperty("pid", "-1"));
            if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                return false; // left behind by an app that crashed
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
                socket.setSoTimeout(ANSWER_TIMEOUT_MS);
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                out.writeUTF(GREETING);
                out.writeUTF(token);
                out.writeUTF(file.toAbsolutePath().normalize().toString());
                out.flush();
                return OK.equals(new DataInputStream(socket.getInputStream()).readUTF());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The port this instance listens on. */
    int port() {
        return server.getLocalPort();
    }

    /** Stops listening and removes the info file if it is still ours. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.DEBUG, "The JVM is already shutting down and runs the hook itself", e);
        }
        release();
    }

    private void release() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Nothing left to release", e);
        }
        readInfo(infoFile)
                .filter(info -> token.equals(info.getProperty("token")))
                .ifPresent(info -> {
                    try {
                        Files.deleteIfExists(infoFile);
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.DEBUG, "A later launch sees a closed port and starts normally", e);
                    }
                });
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(ANSWER_TIMEOUT_MS);
                answer(socket);
            } catch (SocketException e) {
                if (server.isClosed()) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "A bad or slow request: drop it and keep listening", e);
            }
        }
    }

    private void answer(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        DataOutputStream out = new DataOutputStream(socket.getOutputStream());
        if (!GREETING.equals(in.readUTF()) || !sameToken(in.readUTF())) {
            out.writeUTF("refused");
            return;
        }
        Path file = Path.of(in.readUTF());
        if (!file.isAbsolute()) {
            out.writeUTF("refused");
            return;
        }
        onOpenRequest.accept(file);
        out.writeUTF(OK);
        out.flush();
    }

    private boolean sameToken(String offered) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeInfo(Path infoFile, int port, String token) throws IOException {
        Path dir = infoFile.getParent();
        Path temp = Files.createTempFile(dir, ".running-instance", ".tmp");
        try {
            restrictToOwner(temp);
            String text = "port=" + port + "\ntoken=" + token + "\npid=" + ProcessHandle.current().pid() + "\n";
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, infoFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, infoFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.DEBUG, "Windows: the file sits in the user's own profile folder", e);
        }
    }

    private static Optional<Properties> readInfo(Path infoFile) {
        if (!Files.isRegularFile(infoFile)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(infoFile)) {
            Properties info = new Properties();
            info.load(in);
            return Optional.of(info);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
