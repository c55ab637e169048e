"""Benign generated images for tests, demos and benchmarks: coloured shapes over smooth gradients."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw


def generated_image(seed: int, size: tuple[int, int] = (512, 512)) -> Image.Image:
    """A deterministic picture of shapes over a gradient; different seeds give unrelated PDQ hashes."""
    rng = np.random.default_rng(seed)
    width, height = size
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    channels = []
    for _ in range(3):
        fx, fy, phase = rng.uniform(0.5, 4.0), rng.uniform(0.5, 4.0), rng.uniform(0, 6.28)
        wave = np.sin(x / width * fx * 6.28 + phase) + np.cos(y / height * fy * 6.28 - phase)
        channels.append((wave + 2) * 60)
    image = Image.fromarray(np.stack(channels, axis=-1).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(int(rng.integers(6, 14))):
        x0, y0 = int(rng.integers(0, width)), int(rng.integers(0, height))
        x1, y1 = x0 + int(rng.integers(20, width // 2)), y0 + int(rng.integers(20, height // 2))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    return image


def variant(image: Image.Image, kind: str) -> Image.Image:
    """A copy changed the way re-uploads change images: resized, re-encoded, cropped, brightened."""
    width, height = image.size
    if kind == "resized":
        return image.resize((width // 2, height // 2), Image.Resampling.BILINEAR)
    if kind == "reencoded":
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=35)
        return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    if kind == "cropped":
        dx, dy = width // 100, height // 100  # a thin border trim; PDQ is not built for big crops
        return image.crop((dx, dy, width - dx, height - dy))
    if kind == "brightened":
        return Image.eval(image, lambda v: min(255, int(v * 1.15) + 8))
    raise ValueError(f"unknown variant {kind!r}")


VARIANTS = ("resized", "reencoded", "cropped", "brightened")


def save(image: Image.Image, path: Path, quality: int = 90) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in {".jpg", ".jpeg"}:
        image.save(path, "JPEG", quality=quality)
    else:
        image.save(path)
    return path
