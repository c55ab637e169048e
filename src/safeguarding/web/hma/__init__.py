"""An HMA-compatible API (Meta's Hasher-Matcher-Actioner 2.0, OpenMediaMatch): HMA's paths, parameters,
status codes and JSON shapes over our banks and PDQ index, mounted beside /v1 under `hma.prefix`
(default: the root, as HMA serves it). See docs/INTEROP.md for what is supported and what differs.

    from safeguarding.web.hma import mount_hma
    mount_hma(app, config)        # in create_app, after app.state.web_settings is set
"""

from __future__ import annotations

from fastapi import FastAPI

from safeguarding.web.hma.settings import FetchSettings, HMASettings, load_hma_settings
from safeguarding.web.settings import HasSections

__all__ = ["FetchSettings", "HMASettings", "load_hma_settings", "mount_hma"]


def mount_hma(app: FastAPI, config: HasSections | None) -> HMASettings:
    """Read the `hma` section and, unless disabled, add the HMA routes under its prefix."""
    from safeguarding.web.hma import routes_curation, routes_exchanges, routes_match

    settings = load_hma_settings(config)
    app.state.hma_settings = settings
    modules = (routes_match, routes_curation, routes_exchanges)
    app.state.hma_paths = sorted(
        {settings.prefix + getattr(route, "path", "") for module in modules for route in module.router.routes}
    )
    if settings.enabled:
        for module in modules:
            app.include_router(module.router, prefix=settings.prefix)
    return settings
