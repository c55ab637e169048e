"""Hostile and broken files get a clear error naming the file; nothing hangs or explodes."""

import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from safeguarding.media import ImageLimits, MediaError, hash_file
from safeguarding.media.synthetic import generated_image


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def tiny_png_declaring(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _png_chunk(b"IEND", b"")
    )


def gif_with_canvas(width: int, height: int) -> bytes:
    """A 1x1 GIF image on a logical screen of width x height."""
    return (
        b"GIF89a"
        + struct.pack("<HHBBB", width, height, 0x80, 0, 0)
        + b"\x00\x00\x00\xff\xff\xff"
        + b"\x2c"
        + struct.pack("<HHHHB", 0, 0, 1, 1, 0)
        + b"\x02\x02\x44\x01\x00"
        + b"\x3b"
    )


def problem_of(path: Path | str, limits: ImageLimits | None = None) -> str:
    with pytest.raises(MediaError) as caught:
        hash_file(path, limits)
    assert str(path) in str(caught.value)
    return caught.value.problem


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in problem_of(tmp_path / "absent.jpg")


def test_directory_where_a_file_is_expected(tmp_path: Path) -> None:
    assert "directory" in problem_of(tmp_path)


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert "empty" in problem_of(path)


def test_truncated_jpeg(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    generated_image(1).save(buffer, "JPEG")
    path = tmp_path / "truncated.jpg"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 3])
    assert "truncated" in problem_of(path)


def test_text_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("this is not an image\n")
    assert "not an image" in problem_of(path)


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(tiny_png_declaring(100_000, 100_000))
    assert path.stat().st_size < 200
    problem = problem_of(path)
    assert "decompression bomb" in problem and "limit" in problem


def test_pixel_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "ordinary.png"
    generated_image(2, (200, 200)).save(path)
    assert hash_file(path).quality == 100
    assert "limit of 1000" in problem_of(path, ImageLimits(max_pixels=1000))


def test_gif_with_huge_canvas(tmp_path: Path) -> None:
    path = tmp_path / "canvas.gif"
    path.write_bytes(gif_with_canvas(65535, 65535))
    problem = problem_of(path)
    assert "limit" in problem and "refused" in problem


def test_animated_gif_with_thousands_of_frames_hashes_the_first(tmp_path: Path) -> None:
    frames = [Image.new("P", (16, 16), color=i % 256) for i in range(3000)]
    path = tmp_path / "long.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=10)
    first = tmp_path / "first.png"
    frames[0].convert("RGB").save(first)
    assert hash_file(path).pdq == hash_file(first).pdq


def test_fifo_is_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    assert "not a regular file" in problem_of(fifo)


def test_dev_zero_is_refused() -> None:
    assert "not a regular file" in problem_of("/dev/zero")


def test_file_over_the_byte_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    generated_image(3, (64, 64)).save(path)
    assert "over the limit" in problem_of(path, ImageLimits(max_bytes=10))
