package io.policyhub.api;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an IP address, a portal token): each key may make {@code perMinute} requests a minute,
 * with bursts up to the same number. In memory on each node, which is enough to blunt guessing and abuse; the
 * limits are per node behind a load balancer.
 *
 * <p>The buckets live in a fixed table of primitive slots, found by a seeded hash of the key, rather than in a
 * map of objects per key. A map kept one entry for every portal token seen (each link is used a few times,
 * then never again): at 500 acknowledgements a second that was ~10 MB of short-lived entries copied by every
 * young garbage collection, the largest part of its pause. The table's memory is constant and holds no
 * objects. Two keys whose hashes meet share a bucket (a pair does with odds of 1 in {@value #SLOTS}); for a
 * limit meant to stop hammering and guessing, that is harmless: keys in normal use stay far below it.
 */
public final class RateLimiter {

    static final int SLOTS = 1 << 16;
    private static final int LOCK_STRIPES = 64;

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private final int seed = new SecureRandom().nextInt();
    // Requests taken and not yet refilled, per slot: zero is a full bucket, so an unused slot needs no setup.
    private final double[] owed = new double[SLOTS];
    private final long[] updatedAt = new long[SLOTS];
    private final Object[] stripes = new Object[LOCK_STRIPES];

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.capacity = perMinute;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.nanoTime = nanoTime;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /** Takes one request from {@code key}'s bucket: zero if allowed, otherwise how long until it would be. */
    public Duration acquire(String key) {
        int slot = slotOf(key);
        synchronized (stripes[slot % LOCK_STRIPES]) {
            long now = nanoTime.getAsLong();
            double stillOwed = owed[slot] == 0 ? 0 : Math.max(0, owed[slot] - (now - updatedAt[slot]) * perNano);
            updatedAt[slot] = now;
            if (stillOwed + 1 > capacity) {
                owed[slot] = stillOwed;
                return Duration.ofNanos((long) Math.ceil((stillOwed + 1 - capacity) / perNano));
            }
            owed[slot] = stillOwed + 1;
            return Duration.ZERO;
        }
    }

    /** Seeded per process, so nobody outside can work out which keys (say, which IP addresses) share a slot. */
    private int slotOf(String key) {
        int hash = (key.hashCode() ^ seed) * 0x9E3779B9;
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
