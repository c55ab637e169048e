"""`hash --cluster` and `scan --cluster` give the records of one process, in the same order."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from safeguarding.banks import import_list
from safeguarding.cli import app
from safeguarding.cluster import client as cluster_client
from safeguarding.cluster import open_client, parse_cluster
from safeguarding.media.on_cluster import hash_on_cluster
from safeguarding.scan import scan_media
from safeguarding.store import Store, open_store
from safeguarding.store.models import Match, MediaItem
from tests.cluster.conftest import SeparateCluster, wait_for_two_workers
from tests.scan.test_scan import build_set

pytestmark = pytest.mark.slow
runner = CliRunner()


def media_set(root: Path) -> list[str]:
    """Generated images in nested folders, a file that is not an image, and a path that does not exist."""
    uploads = build_set(root, 12, 4)
    (uploads / "sub").mkdir()
    shutil.copy(uploads / "u000.jpg", uploads / "sub" / "copy.jpg")
    (uploads / "broken.jpg").write_bytes(b"not an image")
    return [str(uploads), str(root / "missing.png"), str(root / "originals" / "o1.png")]


def hash_json(*args: str) -> tuple[int, list[dict[str, object]]]:
    result = runner.invoke(app, ["hash", "--json", *args])
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


def test_hash_on_local_cluster_and_on_a_separate_scheduler(
    tmp_path: Path, separate_cluster: SeparateCluster
) -> None:
    paths = media_set(tmp_path)
    code, expected = hash_json(*paths)
    assert code == 1 and len(expected) == 16
    assert {"path": paths[1], "error": "no such file or directory"} in expected
    assert hash_json(*paths, "--cluster", "local:2") == (1, expected)
    wait_for_two_workers(separate_cluster.address)
    assert hash_json(*paths, "--cluster", separate_cluster.address) == (1, expected)


def _store(template: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    shutil.copyfile(template, path)
    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(path.with_suffix(".index")))
    return open_store(f"sqlite:///{path}")


def _contents(store: Store) -> list[tuple[object, ...]]:
    with store.session() as session:
        items = session.scalars(select(MediaItem).order_by(MediaItem.path)).all()
        return [
            (
                item.path,
                item.sha256,
                sorted((s.signal_type, s.value, s.quality) for s in item.signals),
                sorted(session.scalars(select(Match.distance).where(Match.item_id == item.id))),
            )
            for item in items
        ]


def test_scan_on_local_cluster_records_what_one_process_records(
    tmp_path: Path, _migrated_sqlite: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = media_set(tmp_path)
    single = _store(_migrated_sqlite, tmp_path / "single.db", monkeypatch)
    import_list(single, "known", tmp_path / "bank.csv")
    expected = list(scan_media(single, paths, banks=["known"]))
    clustered = _store(_migrated_sqlite, tmp_path / "cluster.db", monkeypatch)
    import_list(clustered, "known", tmp_path / "bank.csv")
    with open_client(parse_cluster("local:2"), echo=None) as client:
        hasher = lambda items: hash_on_cluster(client, items, files_per_partition=3)  # noqa: E731
        got = list(scan_media(clustered, paths, banks=["known"], hasher=hasher))
    assert sum(1 for r in expected if r.matches) == 6 and sum(1 for r in expected if r.error) == 2
    assert [(r.path, r.error, r.matches, r.hashes) for r in got] == [
        (r.path, r.error, r.matches, r.hashes) for r in expected
    ]
    assert _contents(clustered) == _contents(single)
    assert len(_contents(single)) == 14
    single.close()
    clustered.close()


def test_bad_cluster_settings_are_clear_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_client, "CONNECT_TIMEOUT", "2s")
    image = media_set(tmp_path)[2]
    result = runner.invoke(app, ["hash", image, "--cluster", "local:zero"])
    assert result.exit_code == 2 and "local:N" in result.stderr
    result = runner.invoke(app, ["hash", image, "--cluster", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "cannot reach the scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr
