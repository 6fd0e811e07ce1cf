package io.policyhub;

import io.policyhub.shared.DomainEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Domain events as Spring application events: listeners run synchronously, inside the same transaction. */
@Component
class SpringDomainEvents implements DomainEvents {

    private final ApplicationEventPublisher publisher;

    SpringDomainEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(Object event) {
        publisher.publishEvent(event);
    }
}
