package io.policyhub.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs in the test JVM itself, which uses G1 like the application: real collections, real heap sizes. */
class HeapSettlingTest {

    private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final HeapSettling settling = HeapSettling.ofThisJvm();

    @BeforeEach
    void theTestsRunOnG1() {
        assertThat(settling.applies())
                .as("the JVM's default collector on a machine with 2 cores and 24 GB")
                .isTrue();
    }

    @Test
    void settlingRunsOneFullCollectionAndKeepsTheHeapsSize() {
        long maxFreeRatio = maxHeapFreeRatio();
        long grown = growTheHeap();
        long fullBefore = fullCollections();

        settling.settle();

        assertThat(fullCollections()).isEqualTo(fullBefore + 1);
        assertThat(committedHeap()).isGreaterThanOrEqualTo(grown);
        assertThat(maxHeapFreeRatio()).as("restored").isEqualTo(maxFreeRatio);
    }

    /** Why the ratio is lifted: the same collection without it gives most of the heap back. */
    @Test
    void aPlainFullCollectionShrinksAMostlyEmptyHeap() {
        long grown = growTheHeap();

        System.gc();

        assertThat(committedHeap()).isLessThan(grown);
    }

    /** Allocates and drops 256 MB, so the heap has grown well beyond what is live; returns its committed size. */
    private static long growTheHeap() {
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            chunks.add(new byte[4 << 20]);
        }
        long committed = committedHeap();
        chunks.clear();
        return committed;
    }

    /** Full collections so far: G1 counts them under its old-generation collector. */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(collector -> collector.getName().equals("G1 Old Generation"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    private long maxHeapFreeRatio() {
        return Long.parseLong(hotspot.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
