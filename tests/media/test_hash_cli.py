import json
from pathlib import Path

from typer.testing import CliRunner

from safeguarding.cli import app
from safeguarding.media import hash_file, hash_many, iter_media_paths
from safeguarding.media.synthetic import generated_image, save

runner = CliRunner()


def make_images(folder: Path, count: int) -> list[Path]:
    return [save(generated_image(i, (128, 128)), folder / f"img{i:02d}.png") for i in range(count)]


def test_json_lines_in_input_order_with_errors(tmp_path: Path) -> None:
    images = make_images(tmp_path / "set", 3)
    broken = tmp_path / "broken.jpg"
    broken.write_text("not an image")
    args = ["hash", "--json", str(images[2]), str(broken), str(tmp_path / "missing.png"), str(images[0])]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["path"] for line in lines] == args[2:]
    assert set(lines[0]) == {"path", "sha256", "md5", "pdq", "quality"}
    assert lines[0]["pdq"] == hash_file(images[2]).pdq
    assert "error" in lines[1] and "error" in lines[2]
    assert "Traceback" not in result.output


def test_directories_are_walked(tmp_path: Path) -> None:
    make_images(tmp_path / "a" / "b", 2)
    make_images(tmp_path / "a", 1)
    result = runner.invoke(app, ["hash", "--json", str(tmp_path / "a")])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3


def test_workers_give_the_same_results_in_the_same_order(tmp_path: Path) -> None:
    images = make_images(tmp_path, 12)
    one = list(hash_many(iter_media_paths(images), workers=1))
    two = list(hash_many(iter_media_paths(images), workers=2))
    assert one == two
