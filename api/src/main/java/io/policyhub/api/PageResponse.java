package io.policyhub.api;

import io.policyhub.shared.Page;
import java.util.List;
import java.util.function.Function;

/** The one envelope every list of the API uses. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        return new PageResponse<>(
                page.items().stream().<T>map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
