"""Payments: the transaction trail of live-streamed child abuse (issue 18, part B).

read (`read_transactions`) → bounded per-customer state (`PaymentScorer.add`) → indicator plug-ins at
checkpoints → one record per customer (`PaymentScorer.results`). Weights and sources in weights.yaml.
"""

from safeguarding.payments.reader import Transaction, TransactionError, read_transactions
from safeguarding.payments.scorer import PaymentScorer, score_stream
from safeguarding.payments.settings import Settings, SettingsError, load_settings

__all__ = [
    "PaymentScorer",
    "Settings",
    "SettingsError",
    "Transaction",
    "TransactionError",
    "load_settings",
    "read_transactions",
    "score_stream",
]
