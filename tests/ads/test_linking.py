import io
import json
import random
from typing import Any

from safeguarding.ads import evaluate, link_ads
from safeguarding.ads.generator import generate

PHOTO = "a" * 64
STOCK = "5" * 64


def run(ads: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[int, str, str]]]:
    source = io.BytesIO("".join(json.dumps(ad) + "\n" for ad in ads).encode())
    sink = io.StringIO()
    messages: list[tuple[int, str, str]] = []
    link_ads(source, sink, lambda line, level, msg: messages.append((line, level, msg)))
    return [json.loads(line) for line in sink.getvalue().splitlines()], messages


def flip(hex_hash: str, bits: int) -> str:
    value = int(hex_hash, 16)
    for i in range(bits):
        value ^= 1 << (i * 7)
    return f"{value:064x}"


def filler(i: int) -> str:
    """Text unique to ad i: made-up lower-case words, no digits (digits are masked as slots)."""
    rng = random.Random(i)
    return " ".join(
        "".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(10)
    )


def test_shared_phone_links_and_says_so() -> None:
    out, _ = run(
        [
            {"id": "a", "text": "Bicycle for sale, call 212-555-0123"},
            {
                "id": "b",
                "text": "Different words entirely. Phone two one two five five five zero one two three.",
            },
            {"id": "c", "text": "Unrelated ad, call 310-555-0199"},
        ]
    )
    assert out[0]["network"] == out[1]["network"] is not None
    assert out[2]["network"] is None
    assert out[0]["links"] == [{"to": "b", "by": "phone", "evidence": "+12125550123"}]
    assert out[1]["indicators"] == [
        {"category": "obscured_contact", "evidence": "two one two five five five zero one two three"}
    ]


def test_templated_text_links_without_contacts() -> None:
    template = (
        "Hello, I am {n}. Calm conversation about gardening and old movies, tea on the balcony, "
        "long walks by the canal, and a cheerful quiet evening with {n} in {c}. Price {p}."
    )
    ads = [
        {"id": f"t{i}", "text": template.format(n=n, c=c, p=p)}
        for i, (n, c, p) in enumerate([("Anna", "Lyon", 80), ("Rosa", "Nice", 120), ("Mia", "Paris", 90)])
    ]
    ads.append({"id": "other", "text": "Selling a wooden table and four chairs, barely used, pick up only."})
    out, _ = run(ads)
    assert out[0]["network"] == out[1]["network"] == out[2]["network"] is not None
    assert out[0]["template"] is not None
    assert out[3]["network"] is None
    assert any(link["by"] == "template" for link in out[0]["links"])


def test_reused_photo_links_within_threshold_only() -> None:
    out, _ = run(
        [
            {"id": "p1", "text": filler(1), "images": [PHOTO]},
            {"id": "p2", "text": filler(2), "images": [flip(PHOTO, 10)]},
            {"id": "p3", "text": filler(3), "images": [flip(PHOTO, 100)]},
        ]
    )
    assert out[0]["network"] == out[1]["network"] is not None
    assert out[2]["network"] is None
    assert out[0]["links"][0]["by"] == "image"


def test_boilerplate_stock_photo_and_site_phone_do_not_chain_unrelated_ads() -> None:
    disclaimer = (
        "All ads are posted by independent advertisers. This site does not check listings and is not "
        "responsible for their content. Report problems to the site team at 212-555-0100."
    )
    ads = []
    for i in range(120):
        ads.append(
            {
                "id": f"u{i}",
                "text": f"{filler(i)}. Call 310-555-{1000 + i:04d}. {disclaimer}",
                "images": [STOCK],
            }
        )
    out, _ = run(ads)
    assert all(ad["network"] is None for ad in out), {ad["network"] for ad in out}


def test_big_operator_phone_is_not_mistaken_for_boilerplate() -> None:
    ads = [{"id": f"op{i}", "text": f"{filler(i)}. Call 310-555-0199."} for i in range(80)]
    ads += [{"id": f"x{i}", "text": f"{filler(i + 500)}. Call 212-555-{2000 + i:04d}."} for i in range(40)]
    out, _ = run(ads)
    assert len({ad["network"] for ad in out[:80]}) == 1 and out[0]["network"] is not None
    assert all(ad["network"] is None for ad in out[80:])


def test_generated_corpus_scores() -> None:
    pairs = list(generate(1500, seed=404))
    out, messages = run([ad for ad, _ in pairs])
    assert messages == []
    scores = evaluate(out, [truth for _, truth in pairs])
    assert scores.pairwise[2] > 0.9
    assert scores.phones[0] > 0.95 and scores.phones[1] > 0.95


def test_output_is_one_line_per_ad_in_order() -> None:
    ads = [{"id": str(i), "text": filler(i)} for i in range(50)]
    out, _ = run(ads)
    assert [ad["id"] for ad in out] == [str(i) for i in range(50)]
    assert set(out[0]) >= {
        "id",
        "network",
        "template",
        "phones",
        "emails",
        "handles",
        "indicators",
        "score",
        "links",
    }


def test_independent_stress_corpus() -> None:
    """Paraphrased texts and rotating phones from a corpus not written with the project generator."""
    from tests.ads.stress_corpus import corpus

    ads, truth = corpus(1500, seed=9)
    out, _ = run(ads)
    scores = evaluate(out, truth)
    assert scores.pairwise[0] > 0.95
    assert scores.pairwise[2] > 0.8
    assert scores.phones[0] > 0.95 and scores.phones[1] > 0.95
