/**
 * Operating the application: business counters for Prometheus, request and practice ids in every log line,
 * the security of the management endpoints, and the switch that turns tracing on.
 */
@NullMarked
package io.policyhub.observability;

import org.jspecify.annotations.NullMarked;
