"""Project VIC (VICS 2.0) hash sets: streaming import of #Media and #Cases files into banks, export as a
hash set, category tables (US 0-4, UK A/B/C) as configuration."""

from safeguarding.vics.categories import Category, CategoryTable, load_tables
from safeguarding.vics.reader import MediaRecord, VicsError, VicsReader
from safeguarding.vics.schema import MEDIA_PROPERTIES, media_problems
from safeguarding.vics.sets import VicsImportReport, export_vics, import_vics

__all__ = [
    "MEDIA_PROPERTIES",
    "Category",
    "CategoryTable",
    "MediaRecord",
    "VicsError",
    "VicsImportReport",
    "VicsReader",
    "export_vics",
    "import_vics",
    "load_tables",
    "media_problems",
]
