"""The support resources a reviewer sees beside a crisis: configured per service, with sound defaults.

Configuration (`safeguarding.yaml`), section ``sextortion``::

    sextortion:
      support_resources:
        - {name: "Report Remove (Childline and IWF, UK)", url: "https://www.childline.org.uk/remove"}
        - {name: "CEOP Safety Centre (NCA, UK)", url: "https://www.ceop.police.uk/safety-centre/"}

A bad entry is skipped; a section that is not a list of mappings falls back to the defaults.
"""

from __future__ import annotations

from typing import Any

from safeguarding.config import ConfigError, load_config

DEFAULT_RESOURCES: tuple[dict[str, str], ...] = (
    {
        "name": "Report Remove (Childline and IWF, UK; under 18s)",
        "url": "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/",
        "note": "helps a young person get an image of themselves removed; Childline counsellors on 0800 1111",
    },
    {
        "name": "CEOP Safety Centre (National Crime Agency, UK)",
        "url": "https://www.ceop.police.uk/safety-centre/",
        "note": "report sexual abuse or blackmail online to the NCA's child protection officers",
    },
    {
        "name": "Take It Down (NCMEC, US and worldwide)",
        "url": "https://takeitdown.ncmec.org/",
        "note": "hashes an image on the young person's own device so platforms can remove it",
    },
)


def support_resources(config_path: str | None = None) -> list[dict[str, str]]:
    """The resources configured for this service (``sextortion.support_resources``), else the defaults."""
    try:
        configured: Any = load_config(config_path).section("sextortion").get("support_resources")
    except ConfigError:
        configured = None
    if not isinstance(configured, list):
        return [dict(r) for r in DEFAULT_RESOURCES]
    found = [
        {k: str(v) for k, v in entry.items() if k in ("name", "url", "note")}
        for entry in configured
        if isinstance(entry, dict) and entry.get("name")
    ]
    return found or [dict(r) for r in DEFAULT_RESOURCES]
