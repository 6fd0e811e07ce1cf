package io.policyhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(60, now::get);

    @Test
    void allowsABurstUpToTheLimitThenSaysHowLongToWait() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("198.51.100.7")).isZero();
        }

        assertThat(limiter.acquire("198.51.100.7")).isEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.acquire("203.0.113.9"))
                .as("other keys are not affected")
                .isZero();
    }

    @Test
    void refillsAtTheConfiguredRate() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire("key");
        }
        now.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(limiter.acquire("key")).isZero();
        assertThat(limiter.acquire("key")).isZero();
        assertThat(limiter.acquire("key")).isPositive();
    }

    @Test
    void aBucketLeftAloneIsFullAgainWhateverTheClocksStartingPoint() {
        now.set(-Duration.ofDays(3).toNanos()); // System.nanoTime() may be negative
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("key")).isZero();
        }
        assertThat(limiter.acquire("key")).isPositive();

        now.addAndGet(Duration.ofMinutes(5).toNanos());

        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("key"))
                    .as("request %d after the refill", i)
                    .isZero();
        }
        assertThat(limiter.acquire("key")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void manyDistinctKeysEachGetTheirOwnBurst() {
        for (int key = 0; key < 1_000; key++) {
            for (int i = 0; i < 3; i++) {
                assertThat(limiter.acquire("token-" + key)).isZero();
            }
        }
    }
}
