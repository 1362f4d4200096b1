"""Binary min-heaps on plain lists (pyrite's own implementation of `heapq`).

heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2] for every k. Removal uses the
"bottom-up" sift: the hole left at the root is moved down to a leaf along the path of
smaller children, and the displaced last item is then sifted back up from there. This
needs fewer comparisons than the textbook sift-down and, since list layouts are
observable, it is the variant CPython uses, so heaps built here look identical.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
           'nsmallest', 'heappushpop']


def _check(heap, fname):
    if not isinstance(heap, list):
        raise TypeError(f'{fname}() argument 1 must be list, not {type(heap).__name__}')


def _sift_toward_root(heap, top, pos):
    """Move heap[pos] up while it is smaller than its parent, not above `top`."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    """Refill the hole at pos with smaller children down to a leaf, then sift up."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, keeping the heap invariant."""
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_to_leaf(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop the smallest item and push `item` (the heap size stays the same)."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push `item`, then pop and return the smallest item; faster than both."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x, /):
    """Transform list x into a heap, in place, in linear time."""
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items: equal to sorted(iterable, key=key)[:n]."""
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    """The n largest items: equal to sorted(iterable, key=key, reverse=True)[:n]."""
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; ties keep input order."""
    heads = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heads.append([value if key is None else key(value), order, value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            k, kb = heads[i][0], heads[best][0]
            if (kb < k) if reverse else (k < kb):
                best = i
        head = heads[best]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            break
        else:
            del heads[best]
