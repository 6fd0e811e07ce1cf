package io.policyhub.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.policyhub.acknowledgement.AcknowledgementMethod;
import io.policyhub.acknowledgement.AcknowledgementRecorded;
import io.policyhub.policy.ChangeKind;
import io.policyhub.policy.PolicyPublished;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts what the business cares about from the domain's events, once each transaction has committed, so a
 * rolled-back publication is never counted. Tags are low-cardinality kinds only: never a practice, client or
 * policy id, which would leak tenants into the metrics backend and explode the number of series.
 */
@Component
class BusinessMetrics {

    static final String POLICIES_PUBLISHED = "policyhub.policies.published";
    static final String ACKNOWLEDGEMENTS_RECORDED = "policyhub.acknowledgements.recorded";

    private final Map<ChangeKind, Counter> published = new EnumMap<>(ChangeKind.class);
    private final Map<AcknowledgementMethod, Counter> acknowledged = new EnumMap<>(AcknowledgementMethod.class);

    BusinessMetrics(MeterRegistry registry) {
        // Registered up front, so every series exists (at zero) before the first event and rate() works at once.
        for (ChangeKind kind : ChangeKind.values()) {
            published.put(
                    kind,
                    Counter.builder(POLICIES_PUBLISHED)
                            .description("Policy versions published")
                            .tag("change_kind", tagValue(kind))
                            .register(registry));
        }
        for (AcknowledgementMethod method : AcknowledgementMethod.values()) {
            acknowledged.put(
                    method,
                    Counter.builder(ACKNOWLEDGEMENTS_RECORDED)
                            .description(
                                    "Acknowledgements of a policy version recorded (repeated submissions excluded)")
                            .tag("method", tagValue(method))
                            .register(registry));
        }
    }

    @TransactionalEventListener
    void on(PolicyPublished event) {
        published.get(event.changeKind()).increment();
    }

    @TransactionalEventListener
    void on(AcknowledgementRecorded event) {
        acknowledged.get(event.method()).increment();
    }

    private static String tagValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
