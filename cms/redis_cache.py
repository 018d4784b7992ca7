"""Django's Redis cache, with one client object per connection pool.

Django builds a new ``redis.Redis`` object for every cache call; building one
costs more than the call itself on our pages (a booking made about fifteen).
The object only wraps the shared, thread-safe connection pool, so one per pool
serves every call; a forked process still gets fresh connections from the pool.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ClientPerPool(RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ClientPerPool
