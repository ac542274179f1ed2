package tr.manset.system.web;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what it takes to link to its neighbours. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public Paged {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    /** Where the items of this page start in the whole list. */
    public static int offset(int page, int size) {
        return (page - 1) * size;
    }

    public <R> Paged<R> map(Function<T, R> mapping) {
        return new Paged<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
