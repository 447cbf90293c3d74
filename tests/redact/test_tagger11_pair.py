"""trainer_dev.tagger_pair (the paired speed of two weights files) refuses a reference file whose
digest is not the one given, before it builds anything."""

from __future__ import annotations

import pytest

from trainer_dev import tagger_pair


def test_a_reference_with_another_digest_is_refused(tmp_path, capsys):
    weights = tmp_path / "old.npz"
    weights.write_bytes(b"not the weights")
    with pytest.raises(SystemExit) as err:
        tagger_pair.main(["--a", str(weights), "--a-sha256", "0" * 64])
    assert err.value.code == 2
    assert "is not --a-sha256" in capsys.readouterr().err
