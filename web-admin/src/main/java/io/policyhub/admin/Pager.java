package io.policyhub.admin;

import io.policyhub.shared.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a paged list is and the addresses of its neighbouring pages, keeping the list's search and filters.
 *
 * @param from the first item shown (1-based), 0 when there is none
 * @param to the last item shown
 */
public record Pager(
        int number, int pages, long total, long from, long to, Optional<String> previous, Optional<String> next) {

    public static Pager of(Page<?> page, HttpServletRequest request) {
        int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        long from = page.items().isEmpty() ? 0 : (long) page.page() * page.size() + 1;
        long to = page.items().isEmpty() ? 0 : from + page.items().size() - 1;
        Optional<String> previous = page.page() > 0 ? Optional.of(link(request, page.page() - 1)) : Optional.empty();
        Optional<String> next =
                page.page() + 1 < pages ? Optional.of(link(request, page.page() + 1)) : Optional.empty();
        return new Pager(page.page() + 1, pages, page.total(), from, to, previous, next);
    }

    /** A path-relative link (the query kept exactly as the browser sent it), so proxies in front do not matter. */
    private static String link(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
