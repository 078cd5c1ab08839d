"""Rate limits with bounded memory: a room of phones, not a memory leak.

:class:`RateLimiter` is the generic cell rate algorithm (a token bucket stored as one
number per key: the time at which the key's bucket will be full again). Keys live in
an :class:`~collections.OrderedDict` in the order they were last seen, so every
operation is O(1): a key seen is moved to the end; beyond ``capacity`` keys the one
seen longest ago is forgotten; and each call also drops up to two keys at the front
whose bucket is full again (they carry no state). Forgetting a key only ever makes
its limit more lenient, never stricter, so an honest phone is never refused for
someone else's keys; keys rotated to get round a limit are caught by the limit per
address, which the server checks too.

Keys are stored as their ``hash()`` (an int, not the phone's 16–64 character string):
100,000 keys take about 16 MB. Two keys with the same hash share a bucket; Python
salts string hashes per process, so nobody can choose keys that collide.

Not thread-safe: the phone server calls it only from its event loop's thread.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable


class RateLimiter:
    """At most ``burst`` requests at once per key, refilled at ``per_second``."""

    def __init__(self, burst: int, per_second: float, clock: Callable[[], float], *, capacity: int = 100_000) -> None:
        if burst < 1 or per_second <= 0 or capacity < 1:
            raise ValueError("burst, per_second and capacity must be positive")
        self.interval = 1.0 / per_second
        # A key may run ahead of "now" by this much and still be allowed.
        self.tolerance = self.interval * (burst - 1)
        self.clock = clock
        self.capacity = capacity
        # hash(key) -> when its bucket is full again (the "theoretical arrival time")
        self._full_at: OrderedDict[int, float] = OrderedDict()

    def __len__(self) -> int:
        return len(self._full_at)

    def allow(self, key: str) -> bool:
        """Count a request for ``key``; ``False`` if it is over the limit."""
        now = self.clock()
        table = self._full_at
        for _ in range(2):  # forget keys whose bucket is full again: O(1) per call
            if not table:
                break
            oldest, full_at = next(iter(table.items()))
            if full_at > now:
                break
            del table[oldest]
        slot = hash(key)
        full_at = max(table.get(slot, now), now)
        if full_at - now > self.tolerance:
            table.move_to_end(slot)
            return False
        table[slot] = full_at + self.interval
        table.move_to_end(slot)
        if len(table) > self.capacity:
            table.popitem(last=False)
        return True

    def retry_after(self, key: str) -> float:
        """Seconds until ``key`` may make a request again (0 when it may now)."""
        now = self.clock()
        full_at = self._full_at.get(hash(key), now)
        return max(0.0, full_at - now - self.tolerance)
