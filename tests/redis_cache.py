"""A Redis cache for one of several parallel test workers (pytest-xdist).

The workers share one Redis database; each has its own key prefix, and
``clear()`` (called around every test) removes only that worker's keys instead
of emptying the database under the other worker's feet.
"""

from cms.redis_cache import RedisCache


class WorkerRedisCache(RedisCache):
    def clear(self) -> bool:
        client = self._cache.get_client(write=True)
        keys = list(client.scan_iter(match=f"{self.key_prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
        return True
