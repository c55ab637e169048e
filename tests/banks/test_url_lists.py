"""URL lists in banks: exact pages, path prefixes, whole domains and url_md5 entries, matched by
`match --url` and in the URLs of ads and chats; synthetic IWF-style entries (the real list is licensed)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from safeguarding.cli import app
from safeguarding.store import Store
from safeguarding.urls import add_url_entries, match_url, read_url_list, scan_text_urls, url_md5

runner = CliRunner()
LIST = """# synthetic URL list
https://Example.COM/Listed/Page.html#top
prefix http://files.example.org/shared/
domain *.Dedicated.example
domain com
prefix ht!tp://
"""


def load(store: Store, tmp_path: Path) -> list[str]:
    (tmp_path / "list.txt").write_text(LIST)
    problems: list[str] = []
    with open(tmp_path / "list.txt") as handle:
        report = add_url_entries(
            store,
            "URLS",
            read_url_list(handle, "list.txt"),
            source="test",
            on_problem=lambda p: problems.append(str(p)),
        )
    assert report.added == 3 and report.problems == 2
    return problems


def kinds(store: Store, url: str) -> list[str]:
    return [m.kind for m in match_url(store, url)]


def test_page_prefix_domain(store: Store, tmp_path: Path) -> None:
    problems = load(store, tmp_path)
    assert problems[0].startswith("line 5:") and "top-level domain" in problems[0]
    assert problems[1].startswith("line 6:") and "ht!tp" in problems[1]
    assert kinds(store, "http://example.com:80/Listed/./Page.html") == ["page"]  # http and https alike
    assert kinds(store, "https://example.com/listed/page.html") == []  # path case kept
    assert kinds(store, "https://example.com/Listed/Page.html?x=1") == []  # a page is its query too
    assert kinds(store, "https://files.example.org/shared/a/b.jpg") == ["prefix"]
    assert kinds(store, "https://files.example.org/shared") == ["prefix"]
    assert kinds(store, "https://files.example.org/sharedx/a") == []  # segment boundary
    assert kinds(store, "http://dedicated.example/anything") == ["domain"]
    assert kinds(store, "http://cdn.img.DEDICATED.example./x") == ["domain"]
    assert kinds(store, "http://notdedicated.example/") == []
    again = add_url_entries(store, "URLS", read_url_list(LIST.splitlines(), "list.txt"), source="t")
    assert again.added == 0


def test_url_md5_entries_and_text_scan(store: Store, tmp_path: Path) -> None:
    load(store, tmp_path)
    (tmp_path / "tx.txt").write_text(f"url_md5 {url_md5('https://www.Listed-By-Md5.example/Path')}\n")
    result = runner.invoke(
        app, ["bank", "import", "TX", str(tmp_path / "tx.txt"), "--format", "tx", "--db", store.url]
    )
    assert result.exit_code == 0, result.output
    [hit] = match_url(store, "http://www.listed-by-md5.example/path")  # pytx's recipe lower-cases all
    assert hit.kind == "url_md5" and hit.bank == "TX"
    text = "call me, or see https://files.example.org/shared/x.jpg. Also www.dedicated.example!"
    hits = scan_text_urls(store, text)
    assert [(h.url, [m.kind for m in h.matches]) for h in hits] == [
        ("https://files.example.org/shared/x.jpg", ["prefix"]),
        ("www.dedicated.example", ["domain"]),
    ]
    assert text[hits[0].start : hits[0].end] == hits[0].url


def test_match_url_and_urls_scan_commands(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "list.txt").write_text(LIST)
    result = runner.invoke(
        app, ["bank", "import", "URLS", str(tmp_path / "list.txt"), "--format", "urls", "--db", sqlite_url]
    )
    assert result.exit_code == 1 and "3 URL entries added" in result.stdout and "line 5" in result.stderr
    result = runner.invoke(app, ["bank", "list", "--db", sqlite_url])
    assert "URLS\t3 url\t0 retracted" in result.stdout
    result = runner.invoke(
        app,
        [
            "match",
            "--url",
            "https://example.com/Listed/Page.html",
            "--url",
            "http://[x",
            "--json",
            "--db",
            sqlite_url,
        ],
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert lines[0]["matches"][0]["kind"] == "page" and "not a valid URL" in lines[1]["error"]
    ads = tmp_path / "ads.jsonl"
    ads.write_text(
        '{"id": "a1", "title": "Rooms", "text": "photos at files.example.org/shared/1.jpg"}\n'
        '{"id": "a2", "text": "no links"}\n{"id": "a3", "text": 5}\n'
    )
    chats = tmp_path / "chats.jsonl"
    chats.write_text(
        json.dumps(
            {
                "id": "c1",
                "participants": {"A": {"age": 30}, "B": {"age": 14}},
                "messages": [
                    {"author": "A", "text": "hi"},
                    {"author": "A", "text": "go to http://x.dedicated.example/"},
                ],
            }
        )
        + "\n{broken\n"
    )
    result = runner.invoke(
        app, ["urls", "scan", "--ads", str(ads), "--chats", str(chats), "--db", sqlite_url]
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source"], r["id"]) for r in records] == [("ads", "a1"), ("chats", "c1")]
    assert records[1]["message"] == 1 and records[1]["urls"][0]["matches"][0]["kind"] == "domain"
    assert result.exit_code == 1 and "ads.jsonl:3" in result.stderr and "chats.jsonl:2" in result.stderr
    result = runner.invoke(app, ["bank", "export", "URLS", "--format", "urls", "--db", sqlite_url])
    assert result.stdout.splitlines() == [
        "page https://example.com/Listed/Page.html",
        "prefix http://files.example.org/shared/",
        "domain dedicated.example",
    ]
