package io.policyhub.runtime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Settles the heap (see {@link HeapSettling}) once the application is ready: after start-up's work, before
 * Spring Boot reports the application as accepting traffic, which it does after this event's listeners.
 * {@code policyhub.runtime.settle-heap-when-ready=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "policyhub.runtime.settle-heap-when-ready", matchIfMissing = true)
class HeapSettlingConfiguration {

    @EventListener(ApplicationReadyEvent.class)
    void settleHeap() {
        HeapSettling settling = HeapSettling.ofThisJvm();
        if (settling.applies()) {
            settling.settle();
        }
    }
}
