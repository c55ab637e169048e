"""The reviewer UI: server-rendered pages for the review queue, built for reviewers' wellbeing.

`router` is included by `safeguarding.web.create_app` under /ui.
"""

from safeguarding.web.ui.routes import router

__all__ = ["router"]
