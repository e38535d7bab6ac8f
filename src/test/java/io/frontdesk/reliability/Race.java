package io.frontdesk.reliability;

import io.frontdesk.testing.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Requests released at the same moment from their own threads, so they overlap inside the server. */
final class Race {

    /** One request of the race; {@code index} tells the racers apart. */
    @FunctionalInterface
    interface Call {
        Response run(int index);
    }

    private Race() {
    }

    /** Runs {@code n} calls on {@code n} threads at once and answers the responses in index order. */
    static List<Response> run(int n, Call call) throws Exception {
        return run(n, 1, (client, round) -> call.run(client)).stream().map(responses -> responses.get(0)).toList();
    }

    /** One racer's request in one of its rounds. */
    @FunctionalInterface
    interface RoundCall {
        Response run(int client, int round);
    }

    /**
     * {@code clients} threads, each sending {@code rounds} requests back to back, all starting together. Answers the
     * responses per client, in round order.
     */
    static List<List<Response>> run(int clients, int rounds, RoundCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                Callable<List<Response>> task = () -> {
                    start.await();
                    List<Response> responses = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        responses.add(call.run(client, round));
                    }
                    return responses;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<List<Response>> all = new ArrayList<>();
            for (Future<List<Response>> future : futures) {
                all.add(future.get(120, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
