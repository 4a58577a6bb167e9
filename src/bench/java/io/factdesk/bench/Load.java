package io.factdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A closed-loop load run: {@code c} connections, each on its own thread, each sending its next request
 * as soon as the previous answer is read. The clock of one request starts right before its first byte
 * is written and stops after its last byte is read, on the thread that owns the connection, so the
 * driver's own queueing never enters a measurement (there is none: one request in flight per thread).
 *
 * <p>Coordinated omission: a closed loop sends fewer requests while the server stalls, so a stall is
 * one slow sample per connection instead of the many that a steady arrival rate would have seen. Each
 * result therefore carries, beside the raw percentiles, a p99 corrected the way HdrHistogram's
 * {@code recordValueWithExpectedInterval} does: every sample longer than the expected interval
 * (connections / throughput, what a connection spends per request on average) is back-filled with
 * the samples the stalled connection would have produced had it kept sending at that interval.
 */
final class Load {

    /** One connection's worker: makes one request and checks its answer (throws on a wrong one). */
    interface Worker extends AutoCloseable {
        void call() throws Exception;

        @Override
        default void close() {
        }
    }

    record Result(String name, int connections, long requests, long errors, double seconds, double rps,
            double p50ms, double p99ms, double p99CorrectedMs, double maxMs, String firstError) {
    }

    private Load() {
    }

    /** A row never measures longer than this past its window (a slow endpoint still gets one sample per connection). */
    static final long HARD_LIMIT_NANOS = 90_000_000_000L;

    static Result run(String name, int connections, double warmupSeconds, double measureSeconds,
            IntFunction<Worker> workers) throws InterruptedException {
        long[][] samples = new long[connections][];
        int[] counts = new int[connections];
        long[] errors = new long[connections];
        long[] firstStart = new long[connections];
        long[] lastEnd = new long[connections];
        AtomicReference<String> firstError = new AtomicReference<>();
        CyclicBarrier ready = new CyclicBarrier(connections + 1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < connections; k++) {
            int conn = k;
            Thread t = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                long errs = 0;
                try (Worker worker = workers.apply(conn)) {
                    ready.await();
                    long measureFrom = window[0];
                    long measureTo = window[1];
                    // Warm-up: until its time is over, and at least one request (a slow endpoint's first
                    // call pays for class loading and JIT, which is start-up, not throughput).
                    int warm = 0;
                    while (warm == 0 || System.nanoTime() < measureFrom) {
                        try {
                            worker.call();
                        } catch (Exception e) {
                            firstError.compareAndSet(null, e.toString());
                        }
                        warm++;
                        if (System.nanoTime() > measureTo + HARD_LIMIT_NANOS) {
                            break;
                        }
                    }
                    firstStart[conn] = System.nanoTime();
                    // Measured: every request started before the window closes, and at least one.
                    while (true) {
                        long start = System.nanoTime();
                        if ((start >= measureTo && n + errs > 0) || start >= measureTo + HARD_LIMIT_NANOS) {
                            break;
                        }
                        boolean ok = true;
                        try {
                            worker.call();
                        } catch (Exception e) {
                            ok = false;
                            firstError.compareAndSet(null, e.toString());
                        }
                        long end = System.nanoTime();
                        if (ok) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = end - start;
                        } else {
                            errs++;
                        }
                        lastEnd[conn] = end;
                    }
                } catch (Exception e) {
                    firstError.compareAndSet(null, "worker failed: " + e);
                }
                samples[conn] = mine;
                counts[conn] = n;
                errors[conn] = errs;
            }, "load-" + k);
            threads.add(t);
            t.start();
        }
        long now = System.nanoTime();
        window[0] = now + (long) (warmupSeconds * 1e9);
        window[1] = window[0] + (long) (measureSeconds * 1e9);
        try {
            ready.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = 0;
        long errs = 0;
        double rps = 0;
        long from = Long.MAX_VALUE;
        long to = 0;
        for (int k = 0; k < connections; k++) {
            total += counts[k];
            errs += errors[k];
            if (lastEnd[k] > firstStart[k]) {
                // Closed loop: the throughput is the sum of each connection's own rate.
                rps += (counts[k] + errors[k]) / ((lastEnd[k] - firstStart[k]) / 1e9);
                from = Math.min(from, firstStart[k]);
                to = Math.max(to, lastEnd[k]);
            }
        }
        long[] all = new long[total];
        int at = 0;
        for (int k = 0; k < connections; k++) {
            System.arraycopy(samples[k], 0, all, at, counts[k]);
            at += counts[k];
        }
        Arrays.sort(all);
        double seconds = to > from ? (to - from) / 1e9 : 0;
        double corrected = total == 0 ? Double.NaN : correctedP99(all, connections / rps * 1e9);
        return new Result(name, connections, total, errs, seconds, rps, ms(percentile(all, 0.50)),
                ms(percentile(all, 0.99)), corrected, total == 0 ? Double.NaN : ms(all[total - 1]), firstError.get());
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** p99 with every stall back-filled at the expected interval (HdrHistogram's correction). */
    static double correctedP99(long[] sorted, double expectedNanos) {
        long interval = Math.max(1, (long) expectedNanos);
        long extra = 0;
        for (long v : sorted) {
            if (v > interval) {
                extra += (v - interval) / interval;
            }
        }
        if (extra == 0) {
            return ms(percentile(sorted, 0.99));
        }
        if (extra > 5_000_000) {
            return Double.NaN;
        }
        long[] all = Arrays.copyOf(sorted, (int) (sorted.length + extra));
        int at = sorted.length;
        for (long v : sorted) {
            for (long missing = v - interval; missing >= interval; missing -= interval) {
                all[at++] = missing;
            }
        }
        Arrays.sort(all, 0, at);
        return ms(percentile(Arrays.copyOf(all, at), 0.99));
    }

    private static double ms(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e6;
    }
}
