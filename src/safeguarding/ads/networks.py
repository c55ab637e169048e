"""Network summaries from `ads link` output: a table, movement between cities, and HTML pages."""

from __future__ import annotations

import difflib
import html
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_ADS_PER_PAGE = 200


@dataclass
class NetworkSummary:
    name: str
    size: int = 0
    phones: Counter[str] = field(default_factory=Counter)
    emails: Counter[str] = field(default_factory=Counter)
    handles: Counter[str] = field(default_factory=Counter)
    images: Counter[str] = field(default_factory=Counter)
    indicators: Counter[str] = field(default_factory=Counter)
    evidence: Counter[str] = field(default_factory=Counter)
    sightings: list[tuple[str, str]] = field(default_factory=list)  # (posted_at, city)
    first_seen: str | None = None
    last_seen: str | None = None
    max_score: float = 0.0

    def add(self, ad: dict[str, Any]) -> None:
        self.size += 1
        self.phones.update(ad.get("phones") or [])
        self.emails.update(ad.get("emails") or [])
        self.handles.update(ad.get("handles") or [])
        self.images.update(ad.get("images") or [])
        self.indicators.update({i["category"] for i in ad.get("indicators") or []})
        self.evidence.update(link["by"] for link in ad.get("links") or [])
        self.max_score = max(self.max_score, float(ad.get("score") or 0.0))
        when = ad.get("posted_at") or ""
        if when:
            self.first_seen = min(self.first_seen or when, when)
            self.last_seen = max(self.last_seen or when, when)
        if ad.get("city"):
            self.sightings.append((when, str(ad["city"])))

    def movement(self) -> list[dict[str, Any]]:
        """Cities over time: consecutive ads in the same city collapse into one stop."""
        stops: list[dict[str, Any]] = []
        for when, city in sorted(self.sightings):
            if stops and stops[-1]["city"] == city:
                stops[-1]["last"] = when
                stops[-1]["ads"] += 1
            else:
                stops.append({"city": city, "first": when, "last": when, "ads": 1})
        return stops

    def cities(self) -> list[str]:
        """Distinct cities in order of first appearance in time."""
        return list(dict.fromkeys(city for _, city in sorted(self.sightings)))


def read_output(lines: Iterable[str]) -> Iterable[dict[str, Any]]:
    for line in lines:
        if line.strip():
            yield json.loads(line)


def summarise(ads: Iterable[dict[str, Any]]) -> list[NetworkSummary]:
    networks: dict[str, NetworkSummary] = {}
    for ad in ads:
        name = ad.get("network")
        if name:
            networks.setdefault(name, NetworkSummary(name)).add(ad)
    return sorted(networks.values(), key=lambda n: (-n.size, n.name))


def format_table(networks: list[NetworkSummary], limit: int | None = None) -> str:
    rows = [("network", "ads", "phones", "cities (in order)", "first seen", "last seen", "top indicators")]
    for net in networks[:limit]:
        phones = ", ".join(p for p, _ in net.phones.most_common(3)) + (" …" if len(net.phones) > 3 else "")
        cities = " > ".join(net.cities()[:5]) + (" …" if len(net.cities()) > 5 else "")
        top = ", ".join(f"{c} ({n})" for c, n in net.indicators.most_common(3))
        rows.append(
            (
                net.name,
                str(net.size),
                phones or "-",
                cities or "-",
                (net.first_seen or "-")[:10],
                (net.last_seen or "-")[:10],
                top or "-",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def mark_template(texts: list[str]) -> str:
    """HTML of the first text with the words that vary across the texts (the slots) marked."""
    base = texts[0].split()
    if len(texts) < 2:
        return html.escape(texts[0])
    kept = Counter[int]()
    for other in texts[1:]:
        matcher = difflib.SequenceMatcher(None, base, other.split(), autojunk=False)
        for block in matcher.get_matching_blocks():
            for i in range(block.a, block.a + block.size):
                kept[i] += 1
    need = (len(texts) - 1) / 2
    return " ".join(
        html.escape(word) if kept[i] >= need else f"<mark title='slot'>{html.escape(word)}</mark>"
        for i, word in enumerate(base)
    )


_STYLE = """body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;font-size:.9em}
mark{background:#ffe08a}.timeline{display:flex;flex-wrap:wrap;gap:.3em}
.stop{border:1px solid #888;border-radius:.4em;padding:.3em .6em}
.note{background:#eef;padding:.6em;border-radius:.4em}code{font-size:.85em}"""
_NOTE = (
    "Links are evidence for a trained reviewer to check, and the indicator score only orders ads for "
    "review. They are not a verdict about any ad or person."
)


def _page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{_STYLE}</style></head><body>{body}</body></html>"
    )


def _network_page(net: NetworkSummary, ads: list[dict[str, Any]]) -> str:
    esc = html.escape
    parts = [
        f"<p><a href='index.html'>All networks</a></p><h1>Network {esc(net.name)}: {net.size} ads</h1>",
        f"<p class='note'>{esc(_NOTE)}</p>",
        f"<p>First seen {esc(net.first_seen or '-')}, last seen {esc(net.last_seen or '-')}. "
        f"Links by: {esc(', '.join(f'{k} ({v})' for k, v in net.evidence.most_common()))}.</p>",
        "<h2>Movement</h2><div class='timeline'>",
    ]
    for stop in net.movement():
        parts.append(
            f"<div class='stop'><b>{esc(stop['city'])}</b><br>{esc(stop['first'][:10])} – "
            f"{esc(stop['last'][:10])}<br>{stop['ads']} ads</div>"
        )
    parts.append("</div><h2>Shared contacts</h2><ul>")
    for label, counter in (("phone", net.phones), ("email", net.emails), ("handle", net.handles)):
        for value, count in counter.most_common(20):
            parts.append(f"<li>{label} <code>{esc(value)}</code> in {count} ads</li>")
    parts.append("</ul><h2>Shared photos (PDQ)</h2><ul>")
    for value, count in net.images.most_common(20):
        if count > 1:
            parts.append(f"<li><code>{esc(value)}</code> in {count} ads</li>")
    parts.append("</ul><h2>Templates (varying words marked as slots)</h2>")
    by_template: dict[str, list[str]] = {}
    for ad in ads:
        if ad.get("template") and ad.get("excerpt"):
            by_template.setdefault(ad["template"], []).append(ad["excerpt"])
    for name, texts in sorted(by_template.items(), key=lambda kv: -len(kv[1]))[:5]:
        parts.append(f"<h3>{esc(name)} ({len(texts)} ads shown)</h3><p>{mark_template(texts[:20])}</p>")
    parts.append(
        "<h2>Ads</h2><table><tr><th>id</th><th>posted</th><th>city</th><th>phones</th>"
        "<th>indicators</th><th>score</th><th>linked by</th><th>text</th></tr>"
    )
    for ad in ads:
        indicators = "; ".join(f"{i['category']}: “{i['evidence']}”" for i in ad.get("indicators") or [])
        links = "; ".join(
            f"{link['by']} → {link['to']} ({link['evidence']})" for link in (ad.get("links") or [])[:5]
        )
        parts.append(
            "<tr>"
            + "".join(
                f"<td>{esc(str(v))}</td>"
                for v in (
                    ad["id"],
                    (ad.get("posted_at") or "")[:16],
                    ad.get("city") or "",
                    ", ".join(ad.get("phones") or []),
                    indicators,
                    ad.get("score", ""),
                    links,
                    ad.get("excerpt") or "",
                )
            )
            + "</tr>"
        )
    if net.size > len(ads):
        parts.append(f"</table><p>{net.size - len(ads)} more ads not shown.</p>")
    else:
        parts.append("</table>")
    return _page(f"Network {net.name}", "".join(parts))


def write_html(output_path: Path, directory: Path, limit: int = 500) -> int:
    """Write index.html and one self-contained page per network (largest first, at most `limit`)."""
    with output_path.open(encoding="utf-8") as handle:
        networks = summarise(read_output(handle))[:limit]
    wanted = {net.name: net for net in networks}
    ads: dict[str, list[dict[str, Any]]] = {name: [] for name in wanted}
    with output_path.open(encoding="utf-8") as handle:
        for ad in read_output(handle):
            name = ad.get("network")
            if name in ads and len(ads[name]) < MAX_ADS_PER_PAGE:
                ads[name].append(ad)
    directory.mkdir(parents=True, exist_ok=True)
    rows = []
    for net in networks:
        (directory / f"{net.name}.html").write_text(_network_page(net, ads[net.name]), encoding="utf-8")
        rows.append(
            f"<tr><td><a href='{net.name}.html'>{net.name}</a></td><td>{net.size}</td>"
            f"<td>{html.escape(', '.join(list(net.phones)[:3]))}</td>"
            f"<td>{html.escape(' > '.join(net.cities()))}</td>"
            f"<td>{html.escape(', '.join(c for c, _ in net.indicators.most_common(3)))}</td></tr>"
        )
    index = (
        f"<h1>Ad networks</h1><p class='note'>{html.escape(_NOTE)}</p><table><tr><th>network</th><th>ads</th>"
        "<th>phones</th><th>cities</th><th>top indicators</th></tr>" + "".join(rows) + "</table>"
    )
    (directory / "index.html").write_text(_page("Ad networks", index), encoding="utf-8")
    return len(networks)
