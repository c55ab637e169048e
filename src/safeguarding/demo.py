"""`safeguarding demo media DIR`: a small benign media set for trying the scanner.

Writes DIR/originals (generated pictures), DIR/bank.csv (hashes of some originals, as a hotline list would
give them) and DIR/uploads (unrelated pictures plus resized, re-encoded, cropped and brightened copies of
banked ones), so a scan of DIR/uploads against the bank shows what matches and what does not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeguarding.media import hash_file
from safeguarding.media.synthetic import VARIANTS, generated_image, save, variant

app = typer.Typer(help="Build benign demo data sets.", no_args_is_help=True)


@app.command("media")
def media(
    folder: Path,
    banked: Annotated[int, typer.Option(help="Originals whose hashes go into the bank list.")] = 6,
    unrelated: Annotated[int, typer.Option(help="Uploads that match nothing.")] = 10,
) -> None:
    """Generate originals, a bank list of some of them, and uploads with variants among them."""
    uploads = folder / "uploads"
    lines = ["pdq,md5,label,note"]
    for i in range(banked):
        image = generated_image(i)
        original = save(image, folder / "originals" / f"original-{i:02d}.png")
        hashes = hash_file(original)
        lines.append(f"{hashes.pdq},{hashes.md5},demo-category-{i % 3 + 1},generated demo picture {i}")
        kind = VARIANTS[i % len(VARIANTS)]
        save(variant(image, kind), uploads / f"upload-{i:02d}-{kind}.jpg")
    for j in range(unrelated):
        save(generated_image(1000 + j), uploads / f"upload-unrelated-{j:02d}.jpg")
    (folder / "bank.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    typer.echo(f"wrote {banked} originals, a bank list of them and {banked + unrelated} uploads to {folder}")
