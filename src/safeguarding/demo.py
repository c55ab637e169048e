"""`safeguarding demo media DIR` and `demo videos DIR`: small benign media sets for trying the scanner.

Writes DIR/originals (generated pictures), DIR/bank.csv (hashes of some originals, as a hotline list would
give them) and DIR/uploads (unrelated pictures plus resized, re-encoded, cropped and brightened copies of
banked ones), so a scan of DIR/uploads against the bank shows what matches and what does not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeguarding.media import hash_file, hash_video
from safeguarding.media.synthetic import VARIANTS, generated_image, save, variant
from safeguarding.media.synthetic_video import copies_of_a_known_video
from safeguarding.media.vpdq_format import write_vpdq

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


@app.command("videos")
def videos(folder: Path) -> None:
    """A known video's vPDQ hash file (DIR/known.txt, every frame, Meta's format) and uploads in
    DIR/uploads: a trimmed copy, a re-encoded half-size copy, the known clip inside a longer video and
    an unrelated video (all generated pictures)."""
    clips = copies_of_a_known_video(folder / "uploads")
    known = clips.pop("known")
    with open(folder / "known.txt", "w", encoding="utf-8") as handle:
        write_vpdq(hash_video(known, every=0).frames, handle)
    known.unlink()  # the bank keeps hashes, not media
    typer.echo(f"wrote {folder / 'known.txt'} and {len(clips)} uploads to {folder / 'uploads'}")


@app.command("entities")
def entities(
    folder: Path,
    bank_list: Annotated[
        Path, typer.Option(help="A bank list (CSV with a pdq column) one of whose pictures an ad reuses.")
    ],
) -> None:
    """Two ad networks, a grooming chat and a partner's hashed export that entities link together."""
    from safeguarding.entities.demo import DemoError, write_demo

    try:
        shown = write_demo(folder, bank_list)
    except DemoError as exc:
        raise typer.BadParameter(str(exc), param_hint="--bank-list") from None
    typer.echo(
        f"wrote {folder}: the phone {shown['phone']}, a reused photo and {shown['handle']} link the cases"
    )


@app.command("stream")
def stream(
    folder: Path,
    db: Annotated[str | None, typer.Option("--db", envvar="SAFEGUARDING_DB", help="Database.")] = None,
) -> None:
    """A short live-stream alert on 127.0.0.1: a banked clip appears in an HLS stream, an alert and a case."""
    import json

    from safeguarding.store import open_store
    from safeguarding.streams.demo import live_demo

    store = open_store(db)
    try:
        report = live_demo(
            folder,
            store,
            on_alert=lambda record: typer.echo(json.dumps(record)),
            notify=lambda message: typer.echo(message, err=True),
        )
    finally:
        store.close()
    if report.error or not report.alerts:
        raise typer.Exit(1)


@app.command("history")
def history(
    weeks: Annotated[int, typer.Option(min=1, max=52, help="Weeks of history, ending now.")] = 6,
    per_week: Annotated[int, typer.Option(min=1, max=10_000, help="Detections per week, on average.")] = 60,
    seed: Annotated[int, typer.Option(help="Same seed, same history.")] = 7,
    db: Annotated[str | None, typer.Option("--db", envvar="SAFEGUARDING_DB", help="Database.")] = None,
) -> None:
    """Weeks of synthetic detections, decisions, reports, an audit and a double-review sample, so the
    measurement dashboard (/ui/dashboard, `safeguarding stats`) shows every chart."""
    from safeguarding.measurement.demo import write_history
    from safeguarding.store import open_store

    store = open_store(db)
    try:
        with store.session() as session:
            made = write_history(session, weeks=weeks, per_week=per_week, seed=seed)
    finally:
        store.close()
    typer.echo(
        f"wrote {made.detections} synthetic detections over {weeks} weeks: {made.decided} decided, "
        f"{made.reported} reported, {made.audits} audit items, {made.double_reviews} double reviews"
    )
