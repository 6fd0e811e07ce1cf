package io.policyhub.support;

import io.policyhub.assignment.Email;
import io.policyhub.assignment.Mailer;
import java.util.function.Consumer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Lets a test look at the application at the moment it hands an e-mail to the (real) transport: what a
 * client could see if the e-mail arrived that very instant.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SendingMailers {

    private static volatile Consumer<Email> whileSending = email -> {};

    /** Runs {@code observer} on each e-mail just before the application sends it, until {@link #reset()}. */
    public static void observe(Consumer<Email> observer) {
        whileSending = observer;
    }

    public static void reset() {
        whileSending = email -> {};
    }

    @Bean
    static BeanPostProcessor observedMailers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Mailer mailer) {
                    return (Mailer) email -> {
                        whileSending.accept(email);
                        mailer.send(email);
                    };
                }
                return bean;
            }
        };
    }
}
