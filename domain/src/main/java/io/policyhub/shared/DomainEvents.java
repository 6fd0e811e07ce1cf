package io.policyhub.shared;

/**
 * Hands domain events (records named in the past tense) to whoever reacts to them, synchronously and inside
 * the transaction of the change, so reactions commit or roll back with it.
 */
public interface DomainEvents {

    void publish(Object event);
}
