"""Two replicas of the service over one PostgreSQL behave as one service (issue 15 point 2).

Each test runs on two `serve` processes with their own index directories and on one
`serve --workers 2` (see conftest.py): bank entries added through one are matched by the other within
two seconds, a case is never leased to two reviewers, a chat's messages posted to both at once all count,
and failed logins on either are counted together.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from safeguarding.cases import Detection, submit_detection
from tests.replicas.conftest import PASSWORD, REVIEWERS, Replicas

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
LAG_LIMIT = 2.0


def random_pdq(rng: random.Random) -> str:
    return f"{rng.getrandbits(256):064x}"


def flip_bits(value: str, bits: int, rng: random.Random) -> str:
    number = int(value, 16)
    for position in rng.sample(range(256), bits):
        number ^= 1 << position
    return f"{number:064x}"


def matched_ids(replicas: Replicas, replica: int, pdq: str) -> list[int]:
    with replicas.client(replica, "client") as client:
        answer = client.post("/v1/match/hash", json={"signal_type": "pdq", "value": pdq})
    assert answer.status_code == 200, answer.text
    return [match["entry_id"] for match in answer.json()["matches"]]


def seconds_until(condition: Callable[[], bool], limit: float) -> tuple[float, int] | None:
    """Poll `condition()` until it holds: (seconds it took, polls), or None past `limit`."""
    began = time.monotonic()
    polls = 0
    while time.monotonic() - began <= limit:
        polls += 1
        if condition():
            return time.monotonic() - began, polls
        time.sleep(0.02)
    return None


def test_a_bank_entry_added_or_retracted_through_one_replica_counts_on_the_other_within_two_seconds(
    replicas: Replicas,
) -> None:
    rng = random.Random(15)
    for writer, reader in ((0, 1), (1, 0)):
        value = random_pdq(rng)
        near = flip_bits(value, 6, rng)
        assert matched_ids(replicas, reader, near) == []  # the reader's index is open and up to date
        with replicas.client(writer) as client:
            body = {"entries": [{"signal_type": "pdq", "value": value}], "source": "replica test"}
            added = client.post("/v1/banks/replicated/entries", json=body)
        assert added.status_code == 200 and added.json()["added"] == 1, added.text
        lag = seconds_until(lambda: matched_ids(replicas, reader, near) != [], LAG_LIMIT)  # noqa: B023
        assert lag is not None, f"replica {reader} did not match the entry added through {writer} in 2 s"
        print(
            f"{replicas.topology}: added through {writer}, matched by {reader} after {lag[0] * 1000:.0f} ms "
            f"({lag[1]} match requests)"
        )

        with replicas.client(writer) as client:
            retract = {"entries": [{"signal_type": "pdq", "value": value}], "reason": "replica test"}
            assert client.post("/v1/banks/replicated/retract", json=retract).json() == {"retracted": 1}
        gone = seconds_until(lambda: matched_ids(replicas, reader, near) == [], LAG_LIMIT)  # noqa: B023
        assert gone is not None, f"replica {reader} still matched an entry retracted through {writer}"


def test_no_case_is_leased_to_two_reviewers_claiming_through_both_replicas(replicas: Replicas) -> None:
    with replicas.store.session() as session:
        for number in range(36):
            submit_detection(
                session,
                Detection(
                    kind="ad_network", group_key=f"network:lease-{number}", summary=f"network {number}"
                ),
            )
    start = threading.Barrier(len(REVIEWERS))

    def work(position: int, reviewer: str) -> list[int]:
        claimed: list[int] = []
        clients = [replicas.client(0, reviewer), replicas.client(1, reviewer)]
        start.wait(timeout=60)
        for turn in range(100):
            via = clients[(position + turn) % 2]
            answer = via.post("/v1/cases/claim", json={"lease_seconds": 600})
            assert answer.status_code == 200, answer.text
            case = answer.json()["case"]
            if case is None:
                break
            claimed.append(case["id"])
            # Decided through the other replica: the lease taken on one is honoured on both.
            other = clients[(position + turn + 1) % 2]
            decision = {"action": "dismiss", "reason": "replica lease test"}
            decided = other.post(f"/v1/cases/{case['id']}/decisions", json=decision)
            assert decided.status_code == 200, decided.text
        for client in clients:
            client.close()
        return claimed

    with ThreadPoolExecutor(len(REVIEWERS)) as pool:
        per_reviewer = list(pool.map(work, range(len(REVIEWERS)), REVIEWERS))
    claims = [case_id for claimed in per_reviewer for case_id in claimed]
    assert len(claims) == len(set(claims)), "a case was leased to two reviewers"
    assert len(claims) == 36  # and every case was handed out
    assert sum(1 for claimed in per_reviewer if claimed) >= 2  # the claims really were concurrent


def test_messages_posted_to_both_replicas_at_once_all_count_in_the_conversation_state(
    replicas: Replicas,
) -> None:
    conversation = f"replicas-{replicas.topology}"
    total = 24

    def post(number: int) -> int:
        with replicas.client(number % 2, "client") as client:
            body = {"author": "a" if number % 3 else "b", "text": f"message number {number}, see you"}
            answer = client.post(f"/v1/chats/{conversation}/messages", json=body)
        assert answer.status_code == 200, answer.text
        return int(answer.json()["messages"])

    with ThreadPoolExecutor(8) as pool:
        counts = list(pool.map(post, range(total)))
    # Each message was scored on the state left by exactly one other: the counts are 1..total.
    assert sorted(counts) == list(range(1, total + 1))
    with replicas.client(1, "admin") as client:
        assert client.get(f"/v1/chats/{conversation}").json()["messages"] == total


def test_failed_logins_on_both_replicas_are_counted_together(replicas: Replicas) -> None:
    wrong = {"name": "guarded", "password": "not the password"}
    with replicas.client(0, None) as first, replicas.client(1, None) as second:
        for attempt in range(4):  # three free failures, the fourth makes the next attempt wait
            answer = (first, second)[attempt % 2].post("/v1/session", json=wrong)
            assert answer.status_code == 401, answer.text
        for client in (first, second):
            refused = client.post("/v1/session", json={"name": "guarded", "password": PASSWORD})
            assert refused.status_code == 429, refused.text
            assert int(refused.headers["retry-after"]) >= 60
        allowed = second.post("/v1/session", json={"name": "reviewer0", "password": PASSWORD})
        assert allowed.status_code == 200, allowed.text  # other accounts are not held back
