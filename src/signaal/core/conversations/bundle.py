"""The model bundle: a signed, versioned folder holding everything a model needs.

Layout::

    manifest.json     what the model is: versions, taxonomy, threshold, data hash,
                      training settings, measured quality, and the SHA-256 of every file
    manifest.sig      Ed25519 signature over manifest.json (base64)
    signing-key.pub   the public key that signed it (base64 of 32 bytes); for convenience
                      only - trust comes from the keys Signaal ships or the caller names
    weights.npz       word table and classifiers (NumPy arrays, loaded without pickle)
    MODEL_CARD.md     data, method, quality and known biases, for people

Loading checks, in this order, and refuses the bundle with a clear message otherwise: the
signature by a trusted key, the format version, each file's hash, and that the arrays fit
the manifest and this version of Signaal's taxonomy.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from signaal.core.conversations.classifier import Logistic
from signaal.core.conversations.encoder import DIMS as ENCODER_DIMS
from signaal.core.conversations.encoder import ENCODER_PACKAGE, encoder_version
from signaal.core.conversations.vectors import WordVectors
from signaal.core.errors import MESSAGES, ErrorCode, Problem, SignaalError, problem

FORMAT = "signaal-conversation-model"
FORMAT_VERSION = 2  # 2: with the message model
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PUBLIC_KEY = "signing-key.pub"
WEIGHTS = "weights.npz"
CARD = "MODEL_CARD.md"
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_WEIGHTS_BYTES = 64 * 1024 * 1024
ARRAYS = (
    "words",
    "vectors",
    "vector_scale",
    "word_weights",
    "log_freq",
    "languages",
    "language_means",
    "quick_mean",
    "quick_scale",
    "quick_coef",
    "deep_mean",
    "deep_scale",
    "deep_coef",
    "deep_language_means",
    "message_mean",
    "message_scale",
    "message_coef",
)


@dataclass(frozen=True, eq=False)
class Model:
    """A loaded, verified model."""

    manifest: dict[str, Any]
    vectors: WordVectors
    quick: Logistic  # the cheap stage, on every message
    deep: Logistic  # the model stage, where the cheap stage reaches the gate
    deep_language_means: npt.NDArray[np.float32]
    message: Logistic  # one message's encoder vector (centred) -> how much it reads as grooming
    path: Path
    card: str = ""  # the model card, as verified on loading

    @property
    def version(self) -> str:
        return str(self.manifest["model_version"])

    @property
    def threshold(self) -> float:
        return float(self.manifest["threshold"])

    @property
    def gate(self) -> float:
        return float(self.manifest["gate"])

    @property
    def window_chars(self) -> int:
        return int(self.manifest["window_chars"])

    @property
    def behaviours(self) -> tuple[str, ...]:
        return tuple(self.manifest["behaviours"])


def default_path() -> Path:
    return Path(str(resources.files("signaal.core.conversations") / "bundle"))


def trusted_keys_dir() -> Path:
    return Path(str(resources.files("signaal.core.conversations") / "trusted_keys"))


# --- keys -------------------------------------------------------------------------------


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_text(public: Ed25519PublicKey) -> str:
    return base64.b64encode(public.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode() + "\n"


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_text(private: Ed25519PrivateKey) -> str:
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode() + "\n"


def _decode_key(path: Path, *, private: bool) -> Ed25519PrivateKey | Ed25519PublicKey:
    try:
        text = path.read_text(encoding="ascii").strip()
        raw = base64.b64decode(text, validate=True)
        if len(raw) != 32:
            raise ValueError
        if private:
            return Ed25519PrivateKey.from_private_bytes(raw)
        return Ed25519PublicKey.from_public_bytes(raw)
    except FileNotFoundError:
        raise SignaalError([problem(ErrorCode.FILE_NOT_FOUND, file=str(path))]) from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise SignaalError([problem(ErrorCode.BAD_KEY, file=str(path))]) from None


def read_private_key(path: Path) -> Ed25519PrivateKey:
    key = _decode_key(path, private=True)
    if not isinstance(key, Ed25519PrivateKey):  # pragma: no cover - _decode_key's contract
        raise TypeError("expected a private key")
    return key


def read_public_key(path: Path) -> Ed25519PublicKey:
    key = _decode_key(path, private=False)
    if not isinstance(key, Ed25519PublicKey):  # pragma: no cover - _decode_key's contract
        raise TypeError("expected a public key")
    return key


def trusted_keys(extra: Iterable[Path] = ()) -> dict[str, Ed25519PublicKey]:
    keys: dict[str, Ed25519PublicKey] = {}
    shipped = trusted_keys_dir()
    for path in sorted(shipped.glob("*.pub")) if shipped.is_dir() else []:
        public = read_public_key(path)
        keys[key_id(public)] = public
    for path in extra:
        public = read_public_key(path)
        keys[key_id(public)] = public
    return keys


# --- writing ----------------------------------------------------------------------------


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _logistic_arrays(prefix: str, classifier: Logistic) -> dict[str, npt.NDArray[Any]]:
    return {
        f"{prefix}_mean": classifier.mean.astype(np.float64),
        f"{prefix}_scale": classifier.scale.astype(np.float64),
        f"{prefix}_coef": np.append(classifier.coef, classifier.bias).astype(np.float64),
    }


def _logistic(prefix: str, arrays: dict[str, npt.NDArray[Any]]) -> Logistic:
    coef = arrays[f"{prefix}_coef"].astype(np.float64)
    return Logistic(
        mean=arrays[f"{prefix}_mean"].astype(np.float64),
        scale=arrays[f"{prefix}_scale"].astype(np.float64),
        coef=coef[:-1],
        bias=float(coef[-1]),
    )


def quantise(
    vectors: npt.NDArray[np.float32],
) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.float32]]:
    """int8 per-dimension quantisation of the word table, as the bundle stores it."""
    peak = np.abs(vectors).max(axis=0)
    scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    return np.clip(np.rint(vectors / scale), -127, 127).astype(np.int8), scale


def as_stored(vectors: WordVectors) -> WordVectors:
    """The word table exactly as it will be after writing and loading a bundle, so training
    learns from what is shipped."""
    quantised, scale = quantise(vectors.vectors)
    return WordVectors(
        words=vectors.words,
        vectors=quantised.astype(np.float32) * scale,
        weights=vectors.weights.astype(np.float32),
        log_freq=vectors.log_freq.astype(np.float16).astype(np.float32),
        languages=vectors.languages,
        language_means=vectors.language_means.astype(np.float32),
    )


def weights_bytes(model: Model) -> bytes:
    """The arrays, int8-quantised where that loses nothing that matters, in a stable
    layout (no timestamps), so the same model always gives the same bytes."""
    vectors = model.vectors
    quantised, scale = quantise(vectors.vectors)
    arrays = {
        "words": np.array(vectors.words, dtype=np.str_),
        "vectors": quantised,
        "vector_scale": scale,
        "word_weights": vectors.weights.astype(np.float32),
        "log_freq": vectors.log_freq.astype(np.float16),
        "languages": np.array(vectors.languages, dtype=np.str_),
        "language_means": vectors.language_means.astype(np.float32),
        "deep_language_means": model.deep_language_means.astype(np.float32),
        **_logistic_arrays("quick", model.quick),
        **_logistic_arrays("deep", model.deep),
        **_logistic_arrays("message", model.message),
    }
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]
    return _stable_zip(buffer.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """Re-pack an .npz with fixed timestamps and order, compressed."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name in sorted(source.namelist()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


def write_bundle(path: Path, model: Model, card: str, key: Ed25519PrivateKey) -> dict[str, Any]:
    """Write and sign a bundle; returns the manifest as written."""
    path.mkdir(parents=True, exist_ok=True)
    weights = weights_bytes(model)
    card_bytes = card.encode("utf-8")
    manifest = dict(model.manifest)
    manifest["format"] = FORMAT
    manifest["format_version"] = FORMAT_VERSION
    manifest["key_id"] = key_id(key.public_key())
    manifest["files"] = {WEIGHTS: sha256(weights), CARD: sha256(card_bytes)}
    manifest_bytes = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8")
    (path / WEIGHTS).write_bytes(weights)
    (path / CARD).write_bytes(card_bytes)
    (path / MANIFEST).write_bytes(manifest_bytes)
    (path / SIGNATURE).write_text(base64.b64encode(key.sign(manifest_bytes)).decode() + "\n")
    (path / PUBLIC_KEY).write_text(public_key_text(key.public_key()))
    return manifest


# --- reading ----------------------------------------------------------------------------


def _refuse(code: ErrorCode, path: Path, **params: str) -> SignaalError:
    return SignaalError([Problem(code, MESSAGES[code].format(**params), file=str(path))])


def _read(path: Path, limit: int) -> bytes:
    """A regular file of at most ``limit`` bytes; a device, pipe or link to one is refused
    (its size says nothing about what reading it would cost)."""
    try:
        with path.open("rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _refuse(ErrorCode.MODEL_TAMPERED, path, detail="not a regular file")
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise _refuse(ErrorCode.MODEL_MISSING, path) from None
    except OSError as exc:
        raise SignaalError(
            [problem(ErrorCode.FILE_UNREADABLE, file=str(path), reason=exc.strerror or "?")]
        ) from None
    if len(data) > limit:
        raise _refuse(ErrorCode.MODEL_TAMPERED, path, detail=f"more than {limit} bytes")
    return data


def load_bundle(
    path: Path | None = None, *, trust: Iterable[Path] = (), behaviours: tuple[str, ...]
) -> Model:
    """Verify and load a bundle (the shipped one when ``path`` is None).

    ``behaviours`` are the behaviour ids of the taxonomy this Signaal has; a model trained
    on another taxonomy is refused, since its features would mean something else."""
    folder = default_path() if path is None else path
    manifest_bytes = _read(folder / MANIFEST, MAX_MANIFEST_BYTES)
    signature_text = _read(folder / SIGNATURE, 4096)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        if not isinstance(manifest, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(
            ErrorCode.MODEL_TAMPERED, folder / MANIFEST, detail="not a JSON object"
        ) from None
    keys = trusted_keys(trust)
    signer = str(manifest.get("key_id", ""))
    public = keys.get(signer)
    if public is None:
        raise _refuse(ErrorCode.MODEL_UNTRUSTED, folder, key=signer or "?")
    try:
        public.verify(base64.b64decode(signature_text.strip(), validate=True), manifest_bytes)
    except (InvalidSignature, ValueError):
        raise _refuse(
            ErrorCode.MODEL_TAMPERED, folder / MANIFEST, detail="the signature does not match"
        ) from None
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise _refuse(
            ErrorCode.MODEL_INCOMPATIBLE,
            folder,
            detail=f"format {manifest.get('format')} {manifest.get('format_version')}, "
            f"this Signaal reads {FORMAT} {FORMAT_VERSION}",
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or set(files) != {WEIGHTS, CARD}:
        raise _refuse(ErrorCode.MODEL_TAMPERED, folder / MANIFEST, detail="file list is wrong")
    weights = _read(folder / WEIGHTS, MAX_WEIGHTS_BYTES)
    card = _read(folder / CARD, MAX_MANIFEST_BYTES)
    for name, data in ((WEIGHTS, weights), (CARD, card)):
        if sha256(data) != files[name]:
            raise _refuse(
                ErrorCode.MODEL_TAMPERED, folder / name, detail="its SHA-256 does not match"
            )
    encoder = manifest.get("encoder", {})
    installed = encoder_version()
    if not isinstance(encoder, dict) or encoder.get("package") != ENCODER_PACKAGE:
        raise _refuse(ErrorCode.MODEL_INCOMPATIBLE, folder, detail="it names another encoder")
    if installed is not None and encoder.get("version") != installed:
        raise _refuse(
            ErrorCode.MODEL_INCOMPATIBLE,
            folder,
            detail=f"it was made with {ENCODER_PACKAGE} {encoder.get('version')}, "
            f"{installed} is installed",
        )
    if tuple(manifest.get("behaviours", ())) != behaviours:
        raise _refuse(
            ErrorCode.MODEL_INCOMPATIBLE,
            folder,
            detail="it was trained on another set of behaviours than this Signaal has",
        )
    return _model(folder, manifest, weights, card.decode("utf-8", errors="replace"))


def _model(folder: Path, manifest: dict[str, Any], weights: bytes, card: str) -> Model:
    try:
        with np.load(io.BytesIO(weights), allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in ARRAYS}
        vectors = WordVectors(
            words=tuple(str(w) for w in arrays["words"]),
            vectors=(arrays["vectors"].astype(np.float32) * arrays["vector_scale"]),
            weights=arrays["word_weights"].astype(np.float32),
            log_freq=arrays["log_freq"].astype(np.float32),
            languages=tuple(str(x) for x in arrays["languages"]),
            language_means=arrays["language_means"].astype(np.float32),
        )
        quick = _logistic("quick", arrays)
        deep = _logistic("deep", arrays)
        message = _logistic("message", arrays)
        deep_means = arrays["deep_language_means"].astype(np.float32)
        n_words, dims = vectors.vectors.shape
        n_behaviours = len(manifest["behaviours"])
        n_languages = len(vectors.languages)
        consistent = (
            len(vectors.words) == n_words == len(vectors.weights) == len(vectors.log_freq)
            and vectors.log_freq.shape[1] == n_languages
            and vectors.language_means.shape == (n_languages, dims)
            and deep_means.shape == (n_languages, ENCODER_DIMS)
            and all(
                c.mean.shape == c.scale.shape == c.coef.shape == (n,)
                for c, n in (
                    (quick, dims + n_behaviours),
                    (deep, ENCODER_DIMS + n_behaviours),
                    (message, ENCODER_DIMS),
                )
            )
            and 0.0 <= float(manifest["gate"]) <= 1.0
            and 0.0 <= float(manifest["threshold"]) <= 1.0
        )
    except (KeyError, ValueError, TypeError, OSError, IndexError):
        raise _refuse(
            ErrorCode.MODEL_INCOMPATIBLE, folder / WEIGHTS, detail="the arrays cannot be read"
        ) from None
    if not consistent:
        raise _refuse(
            ErrorCode.MODEL_INCOMPATIBLE,
            folder / WEIGHTS,
            detail="the arrays do not fit the manifest",
        )
    return Model(manifest, vectors, quick, deep, deep_means, message, folder, card)


@lru_cache(maxsize=1)
def shipped_model(behaviours: tuple[str, ...]) -> Model:
    return load_bundle(None, behaviours=behaviours)
