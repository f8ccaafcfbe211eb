"""A python-telegram-bot request that hands every call to another one: the base of the bot's request wrappers.

The bot wraps PTB's HTTP request twice (a bound on calls in flight, and ``getUpdates`` held until the journal
is written); each wrapper only decides *when* a call goes out, so the delegation itself is written once here.
"""

from __future__ import annotations

from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData


class WrappedRequest(BaseRequest):
    """Delegates everything to ``inner``; subclasses override ``do_request`` and call ``super()``."""

    def __init__(self, inner: BaseRequest) -> None:
        self._inner = inner

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

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
        return await self._inner.do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
