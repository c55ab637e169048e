"""Project VIC (VICS 2.0) hash sets: streaming import, export, category tables."""
