from pathlib import Path

from typer.testing import CliRunner

from safeguarding.ads.cli import app

runner = CliRunner()


def test_generate_link_evaluate_networks(tmp_path: Path) -> None:
    ads, truth, out, html = (
        tmp_path / "ads.jsonl",
        tmp_path / "truth.jsonl",
        tmp_path / "out.jsonl",
        tmp_path / "html",
    )
    result = runner.invoke(
        app, ["generate", "--ads", "600", "--seed", "5", "--out", str(ads), "--truth", str(truth)]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["link", str(ads), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert out.read_text().count("\n") == 600
    result = runner.invoke(app, ["evaluate", str(out), str(truth)])
    assert result.exit_code == 0
    assert "networks pairwise" in result.stdout and "phone extraction" in result.stdout
    result = runner.invoke(app, ["networks", str(out), "--html", str(html)])
    assert result.exit_code == 0
    assert result.stdout.startswith("network  ads")
    pages = sorted(p.name for p in html.iterdir())
    assert "index.html" in pages and "N1.html" in pages
    page = (html / "N1.html").read_text()
    assert "Movement" in page and "not a verdict" in page


def test_stdin_to_stdout() -> None:
    result = runner.invoke(
        app, ["link", "-", "--workers", "1"], input='{"id": "x", "text": "call 212-555-0123"}\n'
    )
    assert result.exit_code == 0
    assert '"phones": ["+12125550123"]' in result.stdout
