package io.policyhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PortalAdmissionFilterTest {

    private static final String ACKNOWLEDGE = "/portal/api/Zm9vYmFy/acknowledgements";

    private final CountDownLatch firstIsWorking = new CountDownLatch(1);
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);

    @AfterEach
    void letTheFirstRequestFinish() {
        firstMayFinish.countDown();
    }

    @Test
    void aRequestThatCannotStartInTimeIsAskedToComeBackLater() throws Exception {
        var filter = new PortalAdmissionFilter(1, Duration.ofMillis(100));
        var first = runFirstRequest(filter);

        MockHttpServletResponse refused = run(filter, ACKNOWLEDGE);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"type\":\"https://policyhub.io/problems/busy\"");
        firstMayFinish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(run(filter, ACKNOWLEDGE).getStatus())
                .as("the permit is given back")
                .isEqualTo(200);
    }

    @Test
    void aPortalPageThatCannotStartGetsTheErrorPage() throws Exception {
        var filter = new PortalAdmissionFilter(1, Duration.ofMillis(50));
        runFirstRequest(filter);

        MockHttpServletResponse refused = run(filter, "/portal/Zm9vYmFy");

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getErrorMessage()).contains("try again in a moment");
    }

    @Test
    void aWaitingRequestStartsAsSoonAsARunningOneFinishes() throws Exception {
        var filter = new PortalAdmissionFilter(1, Duration.ofSeconds(10));
        var first = runFirstRequest(filter);

        var second = CompletableFuture.supplyAsync(() -> run(filter, ACKNOWLEDGE));
        Thread.sleep(100);
        assertThat(second).as("waits while the first runs").isNotDone();
        firstMayFinish.countDown();

        assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }

    /** A request that holds the only permit until the test lets it finish. */
    private CompletableFuture<MockHttpServletResponse> runFirstRequest(PortalAdmissionFilter filter)
            throws InterruptedException {
        var response = new MockHttpServletResponse();
        var work = CompletableFuture.supplyAsync(() -> {
            try {
                filter.doFilter(request(ACKNOWLEDGE), response, (req, res) -> {
                    firstIsWorking.countDown();
                    awaitQuietly(firstMayFinish);
                });
                return response;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(firstIsWorking.await(5, TimeUnit.SECONDS)).isTrue();
        return work;
    }

    private static MockHttpServletResponse run(PortalAdmissionFilter filter, String path) {
        var response = new MockHttpServletResponse();
        try {
            filter.doFilter(request(path), response, new MockFilterChain());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static MockHttpServletRequest request(String path) {
        var request = new MockHttpServletRequest("POST", path);
        request.setRequestURI(path);
        return request;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
