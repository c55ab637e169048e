"""Input read where it lies: s3:// through s3fs, served by moto's S3 server on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import boto3
import fsspec.config
import pytest
from moto.server import ThreadedMotoServer

from tests.cluster.conftest import ScoredChats, score_cli
from tests.cluster.test_media import hash_json, media_set

pytestmark = pytest.mark.slow
BUCKET = "uploads"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """An S3 client on the moto server, and s3fs pointed at it here and in workers started after."""
    settings = {"endpoint_url": s3_endpoint, "key": "testing", "secret": "testing"}
    monkeypatch.setenv("FSSPEC_S3", json.dumps(settings))  # read by fsspec in each worker process
    monkeypatch.setitem(fsspec.config.conf, "s3", settings)  # and in this one, already imported
    client = boto3.client(
        "s3", endpoint_url=s3_endpoint, aws_access_key_id="testing", aws_secret_access_key="testing",
        region_name="us-east-1",
    )  # fmt: skip
    client.create_bucket(Bucket=BUCKET)
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def test_chats_scored_from_s3_as_from_the_local_file(s3: object, scored_chats: ScoredChats) -> None:
    s3.upload_file(str(scored_chats.input), BUCKET, "chats/chats.jsonl")  # type: ignore[attr-defined]
    url = f"s3://{BUCKET}/chats/chats.jsonl"
    code, output, errors = score_cli(url, "--no-semantic", "--cluster", "local:2", "--partition-size", "24KB")
    assert code == 1
    assert output == scored_chats.output
    assert errors == [line.replace(str(scored_chats.input), url) for line in scored_chats.errors]


def test_a_folder_on_s3_hashes_as_the_local_folder(s3: object, tmp_path: Path) -> None:
    uploads = Path(media_set(tmp_path)[0])
    shutil.rmtree(uploads / "sub")  # listed in the same order as a walk; kept flat to compare simply
    for path in sorted(uploads.iterdir()):
        s3.upload_file(str(path), BUCKET, f"batch/{path.name}")  # type: ignore[attr-defined]
    code, expected = hash_json(str(uploads))
    code_s3, got = hash_json(f"s3://{BUCKET}/batch", "--cluster", "local:2")
    assert (code_s3, len(got)) == (code, 13)
    local = str(uploads)
    assert got == [{**r, "path": str(r["path"]).replace(local, f"s3://{BUCKET}/batch")} for r in expected]
