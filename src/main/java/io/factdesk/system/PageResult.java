package io.factdesk.system;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint of the API answers it. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** Validated paging parameters. */
    public record Request(int page, int size) {
        public static Request of(String page, String size) {
            return of(QueryParams.optionalInt("page", page), QueryParams.optionalInt("size", size));
        }

        public static Request of(Integer page, Integer size) {
            int p = page == null ? 0 : page;
            int s = size == null ? DEFAULT_SIZE : size;
            if (p < 0) {
                throw ProblemException.badRequest("page", "page must be 0 or more.");
            }
            if (s < 1 || s > MAX_SIZE) {
                throw ProblemException.badRequest("size", "size must be between 1 and " + MAX_SIZE + ".");
            }
            return new Request(p, s);
        }
    }
}
