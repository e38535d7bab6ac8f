package io.frontdesk.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The HTTP load generator: N clients, each on its own keep-alive connection with one request outstanding, sent back
 * to back for a warm-up and then a measured window, all driven by one selector thread as wrk does.
 *
 * <p>Why not a thread per client: the generator shares the machine's two cores with the server it measures. With 32
 * blocking client threads it spent about as much CPU as the server (every request cost two context switches and a
 * byte-by-byte read), so the server was measured at less than half of what wrk drives it to. One event loop costs a
 * small fraction of that, and leaves the cores to the server.
 */
final class HttpLoad {

    /** How long the outstanding requests may take to finish after the window closes. */
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final InetSocketAddress address;
    private final String host;
    private final int expectedStatus;
    private final BiFunction<Integer, Long, RawHttpClient.Request> requests;
    private final Selector selector;
    private final ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
    private final Latencies latencies = new Latencies();
    private long measureFrom;
    private long end;

    private HttpLoad(String host, int port, int expectedStatus,
                     BiFunction<Integer, Long, RawHttpClient.Request> requests) throws IOException {
        this.address = new InetSocketAddress(host, port);
        this.host = host + ":" + port;
        this.expectedStatus = expectedStatus;
        this.requests = requests;
        this.selector = Selector.open();
    }

    /**
     * @param requests for client {@code w} and its {@code n}th request, the request to send
     */
    static LoadRun.Result run(String host, int port, int clients, double warmupSeconds, double seconds,
                              int expectedStatus, BiFunction<Integer, Long, RawHttpClient.Request> requests)
            throws IOException {
        HttpLoad load = new HttpLoad(host, port, expectedStatus, requests);
        try {
            return load.drive(clients, warmupSeconds, seconds);
        } finally {
            load.close();
        }
    }

    private LoadRun.Result drive(int clients, double warmupSeconds, double seconds) throws IOException {
        Client[] all = new Client[clients];
        for (int w = 0; w < clients; w++) {
            all[w] = new Client(w);
            all[w].connect();
        }
        long start = System.nanoTime();
        measureFrom = start + (long) (warmupSeconds * 1e9);
        end = measureFrom + (long) (seconds * 1e9);
        for (Client client : all) {
            client.send();
        }
        int outstanding = clients;
        CpuTimes cpuFrom = null;
        CpuTimes cpuTo = null;
        while (outstanding > 0) {
            long now = System.nanoTime();
            if (cpuFrom == null && now >= measureFrom) {
                cpuFrom = CpuTimes.now();
            }
            if (cpuTo == null && now >= end) {
                cpuTo = CpuTimes.now();
            }
            if (now > end + DRAIN_NANOS) {
                throw new IllegalStateException(outstanding + " requests still unanswered " + DRAIN_NANOS / 1e9
                        + " s after the run");
            }
            selector.select(100);
            Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
            while (ready.hasNext()) {
                SelectionKey key = ready.next();
                ready.remove();
                Client client = (Client) key.attachment();
                if (key.isValid() && key.isWritable()) {
                    client.write();
                }
                if (key.isValid() && key.isReadable() && client.read()) {
                    outstanding--;
                }
            }
        }
        double busy = cpuFrom == null || cpuTo == null ? Double.NaN : cpuTo.busyShareSince(cpuFrom);
        return new LoadRun.Result(clients, latencies.count() / seconds, latencies.percentileMillis(50),
                latencies.percentileMillis(99), latencies.percentileMillis(99.9), latencies.count(), busy);
    }

    private void close() throws IOException {
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }

    /** One client: a connection, its request number, and the response being read. */
    private final class Client {

        private final int worker;
        private final ResponseParser parser = new ResponseParser();
        private long n;
        private SocketChannel channel;
        private SelectionKey key;
        private ByteBuffer out;
        private long sentAt;

        Client(int worker) {
            this.worker = worker;
        }

        void connect() throws IOException {
            channel = SocketChannel.open(address);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            key = channel.register(selector, 0, this);
        }

        void send() throws IOException {
            out = ByteBuffer.wrap(RawHttpClient.render(host, requests.apply(worker, n)));
            parser.reset();
            sentAt = System.nanoTime();
            write();
        }

        void write() throws IOException {
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Reads what arrived; true when this client is finished (its last response came after the window). */
        boolean read() throws IOException {
            in.clear();
            if (channel.read(in) < 0) {
                throw new IOException("connection closed by the server");
            }
            in.flip();
            if (!parser.feed(in)) {
                return false;
            }
            long answered = System.nanoTime();
            if (parser.status() != expectedStatus) {
                throw new IllegalStateException("expected " + expectedStatus + ", got " + parser.status() + ": "
                        + parser.bodyText());
            }
            if (in.hasRemaining()) {
                throw new IllegalStateException("bytes after a complete response on a connection with one request");
            }
            if (sentAt >= measureFrom && answered <= end) {
                latencies.record(answered - sentAt);
            }
            if (parser.closes()) {
                key.cancel();
                channel.close();
                connect();
            }
            n++;
            if (answered >= end) {
                key.interestOps(0);
                return true;
            }
            send();
            return false;
        }
    }
}
