package io.policyhub.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an IP address, a portal token): each key may make {@code perMinute} requests a minute,
 * with bursts up to the same number. In memory on each node, which is enough to blunt guessing and abuse; the
 * limits are per node behind a load balancer.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.capacity = perMinute;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.nanoTime = nanoTime;
    }

    /** Takes one request from {@code key}'s bucket: zero if allowed, otherwise how long until it would be. */
    public Duration acquire(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear(); // a flood of distinct keys: forget them all rather than grow without bound
        }
        Bucket bucket = buckets.computeIfAbsent(key, ignored -> new Bucket(capacity, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * perNano);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        private Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
