"""The gazetteer kept on disk: written on first use, read back after, rebuilt when unreadable."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from polemos.knowledge.gazetteer import Entry, Gazetteer
from polemos.knowledge.gazetteer_cache import cached_gazetteer, default_gazetteer_path, gazetteer_version


class Builder:
    """A small gazetteer, counting how often it is built."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Gazetteer:
        self.calls += 1
        return Gazetteer([Entry(name="Kiambaa", country="KEN", admin1=None, lat=-1.18, lon=36.76,
                                precision="city", source="city", geonameid=1, population=900)])


def test_built_once_then_read_back(tmp_path: Path) -> None:
    build, path = Builder(), tmp_path / "gazetteer-x.pickle"
    first = cached_gazetteer(path, build=build)
    second = cached_gazetteer(path, build=build)
    assert build.calls == 1 and path.exists()
    assert second.resolve("Kiambaa") == first.resolve("Kiambaa")
    assert second.resolve("Kiambaa") is not None and second.resolve("Kiambaa").country == "KEN"


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x01."])  # empty, garbage, an int
def test_unreadable_file_is_rebuilt(tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture) -> None:
    build, path = Builder(), tmp_path / "gazetteer-x.pickle"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        gaz = cached_gazetteer(path, build=build)
    assert build.calls == 1 and gaz.resolve("Kiambaa") is not None
    assert cached_gazetteer(path, build=build).resolve("Kiambaa") is not None and build.calls == 1
    if content:
        assert "rebuilding" in caplog.text


def test_stale_versions_are_removed(tmp_path: Path) -> None:
    old = tmp_path / "gazetteer-old.pickle"
    old.write_bytes(b"old")
    cached_gazetteer(tmp_path / "gazetteer-new.pickle", build=Builder())
    assert not old.exists() and (tmp_path / "gazetteer-new.pickle").exists()


def test_unwritable_folder_still_gives_a_gazetteer(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING):
        gaz = cached_gazetteer(blocker / "gazetteer-x.pickle", build=Builder())
    assert gaz.resolve("Kiambaa") is not None and "built again next time" in caplog.text


def test_default_path_is_in_the_cache_folder_and_named_by_its_inputs(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLEMOS_CACHE_DIR", str(tmp_path))
    assert default_gazetteer_path() == tmp_path / f"gazetteer-{gazetteer_version()}.pickle"
