package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path home;

    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @Test
    void secondLaunchHandsItsFileToTheRunningInstance() throws IOException {
        try (SingleInstance running = SingleInstance.listen(home, opened::add)) {
            boolean handedOver = SingleInstance.forward(home, Path.of("plans", "chatbot.genaiplan"));

            assertThat(handedOver).isTrue();
            assertThat(opened).containsExactly(Path.of("plans", "chatbot.genaiplan").toAbsolutePath());
        }
    }

    @Test
    void withoutARunningInstanceTheLaunchStartsItsOwnWindow() {
        assertThat(SingleInstance.forward(home, Path.of("a.genaiplan"))).isFalse();
    }

    @Test
    void afterTheAppClosesLaterLaunchesStartNormally() throws IOException {
        SingleInstance running = SingleInstance.listen(home, opened::add);
        running.close();

        assertThat(home.resolve(SingleInstance.INFO_FILE)).doesNotExist();
        assertThat(SingleInstance.forward(home, Path.of("a.genaiplan"))).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void infoLeftBehindByACrashedAppIsIgnored() throws IOException {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        writeInfo(closedPort, "feed", ProcessHandle.current().pid());
        assertThat(SingleInstance.forward(home, Path.of("a.genaiplan"))).isFalse();

        try (SingleInstance running = SingleInstance.listen(home, opened::add)) {
            writeInfo(running.port(), tokenOf(home), Long.MAX_VALUE - 1); // a process that no longer exists
            assertThat(SingleInstance.forward(home, Path.of("a.genaiplan"))).isFalse();
        }
        assertThat(opened).isEmpty();
    }

    @Test
    void aRequestWithTheWrongTokenOpensNothing() throws IOException {
        try (SingleInstance running = SingleInstance.listen(home, opened::add)) {
            writeInfo(running.port(), "0123456789abcdef", ProcessHandle.current().pid());

            assertThat(SingleInstance.forward(home, Path.of("a.genaiplan"))).isFalse();
            assertThat(opened).isEmpty();
        }
    }

    @Test
    void anInstanceThatNeverAnswersDoesNotBlockTheLaunch() throws IOException {
        try (ServerSocket hung = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            writeInfo(hung.getLocalPort(), "feed", ProcessHandle.current().pid());
            // the connection is queued by the OS but nobody reads or answers it
            assertThat(SingleInstance.forward(home, Path.of("a.genaiplan"))).isFalse();
        }
    }

    @Test
    void theRunningInstanceKeepsListeningAfterAGarbageRequest() throws IOException {
        try (SingleInstance running = SingleInstance.listen(home, opened::add)) {
            try (Socket junk = new Socket(InetAddress.getLoopbackAddress(), running.port())) {
                junk.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                junk.shutdownOutput();
                junk.getInputStream().readAllBytes();
            }
            assertThat(SingleInstance.forward(home, Path.of("b.genaiplan"))).isTrue();
            assertThat(opened).containsExactly(Path.of("b.genaiplan").toAbsolutePath());
        }
    }

    @Test
    @Slow
    void theCommandLineForwardsToTheRunningInstanceWithoutOpeningAWindow() throws Exception {
        Path plan = home.resolve("risk review.genaiplan");
        try (SingleInstance running = SingleInstance.listen(home, opened::add)) {
            ChildJvm.Result child = ChildJvm.run(List.of("-Dgenaiplan.home=" + home), plan.toString());

            assertThat(child.exitCode()).as(child.output()).isZero();
            assertThat(child.output()).contains("opens in the running window");
            assertThat(opened).containsExactly(plan);
        }
    }

    private void writeInfo(int port, String token, long pid) throws IOException {
        Files.writeString(home.resolve(SingleInstance.INFO_FILE),
                "port=" + port + "\ntoken=" + token + "\npid=" + pid + "\n");
    }

    private static String tokenOf(Path home) throws IOException {
        return Files.readAllLines(home.resolve(SingleInstance.INFO_FILE)).stream()
                .filter(line -> line.startsWith("token="))
                .map(line -> line.substring("token=".length()))
                .findFirst().orElseThrow();
    }
}
