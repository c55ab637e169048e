"""One picture of the people behind the cases: entities (phones, emails, handles, accounts, photos,
URLs, payment accounts) observed by every detector, the cases they link, and keyed-hash sharing.

Importing this package registers `record_item` with the case service, so every new case item's
entities are recorded in the same transaction (the CLI, the web app and the demo import it).
"""

from safeguarding.cases.service import observe_new_items
from safeguarding.entities.extract import Observed, detector_of, observed_in
from safeguarding.entities.links import LinkedCase, SharedEntity, linked_cases, rarity_weight
from safeguarding.entities.models import ENTITY_KINDS, Entity, EntityCase, Observation, PartnerMark
from safeguarding.entities.normalise import EntityValueError, guess, normalise
from safeguarding.entities.record import ObservationRow, Recorded, record_observations
from safeguarding.entities.service import record_item

observe_new_items(record_item)

__all__ = [
    "ENTITY_KINDS",
    "Entity",
    "EntityCase",
    "EntityValueError",
    "LinkedCase",
    "Observation",
    "ObservationRow",
    "Observed",
    "PartnerMark",
    "Recorded",
    "SharedEntity",
    "detector_of",
    "guess",
    "linked_cases",
    "normalise",
    "observed_in",
    "rarity_weight",
    "record_item",
    "record_observations",
]
