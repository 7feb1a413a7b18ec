package org.infoshare.sharing.api;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Partner webhook endpoints that misbehave, on 127.0.0.1: one that answers after a short pause and
 * fails the deliveries a rule picks (503), recording each with how many were in flight at once;
 * and one that takes connections and never answers.
 */
final class PartnerEndpoint {

    private PartnerEndpoint() {
    }

    /** One delivery as received and answered. */
    record Received(String deliveryId, int attempt, int answered) {
    }

    /** Answers after {@code pauseMillis}; the n-th delivery (0-based) fails with 503 when {@code fails} says so. */
    static final class Flaky implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(16);
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostInFlight = new AtomicInteger();
        private final List<Received> received = new CopyOnWriteArrayList<>();

        Flaky(IntPredicate fails, long pauseMillis) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(threads);
            server.createContext("/webhook", exchange -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    exchange.getRequestBody().readAllBytes();
                    Thread.sleep(pauseMillis);
                    int status = fails.test(count.getAndIncrement()) ? 503 : 204;
                    received.add(new Received(exchange.getRequestHeaders().getFirst("Infoshare-Delivery"),
                            Integer.parseInt(exchange.getRequestHeaders().getFirst("Infoshare-Attempt")), status));
                    exchange.sendResponseHeaders(status, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                    exchange.close();
                }
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
        }

        List<Received> received() {
            return List.copyOf(received);
        }

        int mostInFlight() {
            return mostInFlight.get();
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** Accepts connections and never reads or answers them: every send to it must time out. */
    static final class Silent implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        Silent() {
            try {
                socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        held.add(socket.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "silent-partner");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/webhook");
        }

        int connections() {
            return held.size();
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket s : held) {
                    s.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
