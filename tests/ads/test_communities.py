import io
import json
import random
from typing import Any

from safeguarding.ads import link_ads


def photo(seed: int) -> str:
    return f"{random.Random(seed).getrandbits(256):064x}"


def run(ads: list[dict[str, Any]]) -> dict[str, str | None]:
    sink = io.StringIO()
    link_ads(io.BytesIO("".join(json.dumps(a) + "\n" for a in ads).encode()), sink, lambda *a: None)
    return {o["id"]: o["network"] for o in map(json.loads, sink.getvalue().splitlines())}


def words(i: int) -> str:
    rng = random.Random(i)
    return " ".join(
        "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(8)
    )


def group(prefix: str, size: int, phones: list[str], photos: list[str], seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [
        {
            "id": f"{prefix}{i}",
            "text": f"{words(seed * 1000 + i)}. Call {rng.choice(phones)}.",
            "city": "Leeds",
            "images": [rng.choice(photos)],
        }
        for i in range(size)
    ]


def test_one_shared_number_does_not_chain_two_networks() -> None:
    shared = "07700 900500"
    a = group("a", 20, ["07700 900101", "07700 900102", shared], [photo(1), photo(2)], seed=1)
    b = group("b", 20, ["07700 900201", "07700 900202"], [photo(3), photo(4)], seed=2)
    for ad in b[:3]:
        ad["text"] += f" Or {shared}."
    out = run(a + b)
    assert len({out[f"a{i}"] for i in range(20)}) == 1
    assert len({out[f"b{i}"] for i in range(3, 20)}) == 1
    assert out["a0"] != out["b10"]


def test_a_network_with_rotating_numbers_and_shared_photos_stays_whole() -> None:
    phones = ["07700 900301", "07700 900302", "07700 900303", "07700 900304"]
    ads = group("n", 40, phones, [photo(5), photo(6), photo(7)], seed=3)
    out = run(ads)
    assert len(set(out.values())) == 1 and out["n0"] is not None


TEMPLATES = (
    "Hello, I am {n}. Calm conversation about gardening and old movies, tea on the balcony, long walks by "
    "the canal, and a cheerful quiet evening with {n} in {c}. Price {p}.",
    "New in town: {n}, friendly and punctual, fond of jazz records, chess in the park, board games and "
    "fresh bread from the market; ask {n} about {c} for {p}.",
)


def test_an_operator_rotating_phones_keeps_its_photos_and_stays_one_network() -> None:
    # 12 phones, each in 3 ads: 12 contact groups. Two templates join them into two clusters; the
    # operator's three photos span all 12 groups (as a stock photo would) but only those two clusters.
    rng = random.Random(11)
    photos = [photo(21), photo(22), photo(23)]
    names, cities = ["Anna", "Rosa", "Mia", "Lena"], ["Leeds", "York", "Hull"]
    ads = [
        {
            "id": f"op{i}",
            "text": TEMPLATES[(i // 3) // 6].format(n=rng.choice(names), c=rng.choice(cities), p=60 + i),
            "phone": f"07700 9004{i // 3:02d}",
            "city": "Leeds",
            "images": [photos[i % 3]],
        }
        for i in range(36)
    ]
    out = run(ads)
    assert len(set(out.values())) == 1 and out["op0"] is not None


def test_a_stock_photo_across_unrelated_advertisers_still_does_not_link_them() -> None:
    # 20 advertisers of two ads (own phone, own photo); one ad of each also shows the same stock photo.
    stock = photo(31)
    ads = [
        {
            "id": f"s{i}",
            "text": f"{words(5000 + i)}. Call 07700 9006{i // 2:02d}.",
            "city": ["Leeds", "York", "Hull", "Bath"][i % 4],
            "images": [stock, photo(100 + i // 2)] if i % 2 == 0 else [photo(100 + i // 2)],
        }
        for i in range(40)
    ]
    out = run(ads)
    assert len({out[f"s{i}"] for i in range(40)}) == 20
    assert all(out[f"s{2 * k}"] == out[f"s{2 * k + 1}"] is not None for k in range(20))


def test_an_operator_with_a_burner_number_per_ad_is_joined_by_its_photo_set() -> None:
    # Every ad has its own number (each ad its own contact group, so each photo spans 30 of them, as a
    # stock photo would), but the ads carry two or three photos of the operator's set of five: ads that
    # share two different photos are one operator's, and its photos are kept. 100 unrelated ads (own
    # number, own photo) make the crawl around them.
    rng = random.Random(5)
    own = [photo(200 + k) for k in range(5)]
    ads = [
        {
            "id": f"b{i}",
            "text": f"{words(7000 + i)}. Call 07700 9007{i:02d}.",
            "city": "Leeds",
            "images": rng.sample(own, rng.choice((2, 3))),
        }
        for i in range(30)
    ]
    ads += [
        {"id": f"x{i}", "text": f"{words(9000 + i)}. Call 020 7946 0{i:03d}.", "images": [photo(400 + i)]}
        for i in range(100)
    ]
    out = run(ads)
    assert len({out[f"b{i}"] for i in range(30)}) == 1 and out["b0"] is not None
    assert all(out[f"x{i}"] is None for i in range(100))


def test_two_popular_stock_photos_shown_together_by_chance_do_not_link() -> None:
    # 60 unrelated advertisers (own number, own photo); half show stock photo A, half stock photo B, so
    # about a quarter show both, as often as chance puts them together: not a photo set of one operator.
    rng = random.Random(9)
    stock_a, stock_b = photo(41), photo(42)
    ads = []
    for i in range(60):
        images = [photo(300 + i)]
        images += [stock_a] if rng.random() < 0.5 else []
        images += [stock_b] if rng.random() < 0.5 else []
        ads.append({"id": f"u{i}", "text": f"{words(8000 + i)}. Call 07700 9008{i:02d}.", "images": images})
    out = run(ads)
    assert all(network is None for network in out.values()), set(out.values())
