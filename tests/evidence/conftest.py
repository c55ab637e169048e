from tests.reports.factory import env

__all__ = ["env"]
