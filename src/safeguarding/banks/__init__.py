"""Hash banks: named lists of known hashes with provenance, imported, exported, retracted and matched."""

from safeguarding.banks.lists import ImportReport, ListProblem, export_list, import_list
from safeguarding.banks.matching import (
    BankMatch,
    IndexOutOfDateError,
    MatchOutcome,
    check_threshold,
    match_hashes,
)
from safeguarding.banks.service import (
    BankError,
    BankSummary,
    create_bank,
    delete_bank,
    get_bank,
    list_banks,
    retract,
    summarize,
)
from safeguarding.banks.signal_types import SIGNAL_TYPES, PDQSignal, SignalType, signal_type

__all__ = [
    "SIGNAL_TYPES",
    "BankError",
    "BankMatch",
    "BankSummary",
    "ImportReport",
    "IndexOutOfDateError",
    "ListProblem",
    "MatchOutcome",
    "PDQSignal",
    "SignalType",
    "check_threshold",
    "create_bank",
    "delete_bank",
    "export_list",
    "get_bank",
    "import_list",
    "list_banks",
    "match_hashes",
    "retract",
    "signal_type",
    "summarize",
]
