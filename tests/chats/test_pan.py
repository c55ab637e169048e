import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeguarding.chats.cli import app
from safeguarding.chats.pan import PanImportError, iter_pan

runner = CliRunner()
SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<conversations>
<conversation id="c1">
 <message line="1"><author>a1</author><time>03:20</time><text>hey how old r u</text></message>
 <message line="2"><author>b2</author><time>03:21</time><text>13</text></message>
</conversation>
<conversation id="c2"><message line="1"><author>x</author><time>10:00</time><text/></message></conversation>
</conversations>
"""


def test_import_converts_and_labels(tmp_path: Path) -> None:
    xml = tmp_path / "pan.xml"
    xml.write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "pred.txt").write_text("a1\n", encoding="utf-8")
    out, truth = tmp_path / "out.jsonl", tmp_path / "truth.jsonl"
    args = [
        "import",
        str(xml),
        "--out",
        str(out),
        "--predators",
        str(tmp_path / "pred.txt"),
        "--truth",
        str(truth),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    conversations = [json.loads(line) for line in out.read_text().splitlines()]
    assert conversations[0]["messages"][0] == {"author": "a1", "text": "hey how old r u", "time": "03:20"}
    assert conversations[1]["messages"][0]["text"] == ""
    labels = [json.loads(line) for line in truth.read_text().splitlines()]
    assert labels[0]["label"] == "grooming" and labels[0]["suspect"] == "a1"
    assert labels[1]["label"] == "benign"
    scored = runner.invoke(app, ["score", str(out)])
    assert scored.exit_code == 0


@pytest.mark.parametrize(
    "doc",
    [
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "&a;&a;">]>'
        "<conversations>&b;</conversations>",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<conversations>&e;</conversations>",
        "<conversations><conversation id='c'><message>",
    ],
)
def test_entities_and_malformed_xml_are_refused(tmp_path: Path, doc: str) -> None:
    xml = tmp_path / "bad.xml"
    xml.write_text(doc, encoding="utf-8")
    with pytest.raises(PanImportError), xml.open("rb") as handle:
        list(iter_pan(handle))
    result = runner.invoke(app, ["import", str(xml), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
