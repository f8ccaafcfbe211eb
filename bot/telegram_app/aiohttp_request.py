"""PTB's ``BaseRequest`` on aiohttp: the Bot API calls of the polling bot, at a fraction of httpx's CPU cost.

Why: with 50 busy users the bot is bound by one core, and half of its CPU went to the HTTP stack that
PTB's ``HTTPXRequest`` brings (httpx, then httpcore, anyio and the pure-Python h11 parser, with a socket
write for the headers and another for the body). aiohttp parses responses in C (llhttp), writes a small
request in one go and sits directly on asyncio's transports. Measured side by side (``docs/performance.md``).

Same contract as ``HTTPXRequest``: the same default time-outs, ``TimedOut`` for any time-out (a pool
time-out included: the call was not sent), ``NetworkError`` for any other transport failure, proxies from the
environment (``HTTPS_PROXY``, ``NO_PROXY``…). Two differences, both for CPU: the parameters go as one JSON
document, which the Bot API accepts as well as a form and is cheaper to build (multipart when a file goes
along, as PTB does); and the proxy variables are read once per server, not through aiohttp's ``trust_env``,
which looks up ~/.netrc and the environment in a worker thread on every call (measured: that thread used
0.4 ms of CPU per input). No cookie jar either: the Bot API sets none.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

Proxy = tuple[URL | None, aiohttp.BasicAuth | None]
JSON_HEADERS = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    """Bot API calls through one ``aiohttp.ClientSession`` with at most ``connections`` open connections.

    Time-outs as in PTB (seconds, ``None`` for none): ``pool_timeout`` to wait for a free connection,
    ``connect_timeout`` to open one, ``read_timeout`` for each read of the answer, and the call once sent
    bounded by the sum of connect, write and read time-outs (aiohttp has no per-write time-out).
    """

    __slots__ = ("_connections", "_defaults", "_free", "_media_write_timeout", "_proxies", "_session")

    def __init__(
        self,
        connections: int = 1,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        if connections < 1:
            raise ValueError("at least one connection is needed")
        self._connections = connections
        self._defaults = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, Proxy] = {}  # per scheme://host:port, from the environment
        # One slot per connection, so that waiting for a free one has its own time-out (aiohttp counts it in
        # the connect time-out): a call that waited too long was never sent.
        self._free = asyncio.Semaphore(connections)

    @property
    def read_timeout(self) -> float | None:
        return self._defaults[0]

    async def initialize(self) -> None:
        """Opens the session (on the running loop, which aiohttp requires)."""
        if self._session is None or self._session.closed:
            self._free = asyncio.Semaphore(self._connections)  # a semaphore belongs to the loop it waited on
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections, limit_per_host=0),
                headers={"User-Agent": self.USER_AGENT},
                cookie_jar=aiohttp.DummyCookieJar(),
            )

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        default_read, default_write, default_connect, default_pool = self._defaults
        if files and isinstance(write_timeout, DefaultValue):
            write_timeout = self._media_write_timeout
        timeout = _timeout(
            _given(read_timeout, default_read),
            _given(write_timeout, default_write),
            _given(connect_timeout, default_connect),
        )
        body: Any = None
        headers = None
        if files and request_data is not None:
            body = _multipart(request_data, files)
        elif request_data is not None:  # one JSON document, which the Bot API accepts as well as a form
            body, headers = request_data.json_payload, JSON_HEADERS
        proxy, proxy_auth = self._proxy(url)
        try:
            async with asyncio.timeout(_given(pool_timeout, default_pool)):
                await self._free.acquire()
        except TimeoutError as exc:
            raise TimedOut(
                "Pool timeout: all connections are in use; the request was not sent to Telegram"
            ) from exc
        try:
            async with session.request(
                method,
                url,
                data=body,
                headers=headers,
                timeout=timeout,
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's time-outs subclass it
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        finally:
            self._free.release()

    def _proxy(self, url: str) -> Proxy:
        """The proxy the environment sets for this URL's server (as httpx would use), looked up once."""
        origin = url.split("/", 3)[:3]
        key = "/".join(origin)
        found = self._proxies.get(key)
        if found is None:
            try:
                found = get_env_proxy_for_url(URL(key))
            except LookupError:  # none set, or NO_PROXY names this host
                found = (None, None)
            self._proxies[key] = found
        return found


def _given(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


def _timeout(read: float | None, write: float | None, connect: float | None) -> aiohttp.ClientTimeout:
    parts = (read, write, connect)
    total = None if any(p is None for p in parts) else sum(p for p in parts if p is not None)
    return aiohttp.ClientTimeout(total=total, connect=connect, sock_connect=connect, sock_read=read)


def _multipart(request_data: RequestData, files: dict[str, Any]) -> aiohttp.FormData:
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
