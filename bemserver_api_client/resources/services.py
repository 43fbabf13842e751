"""The scheduled services of API 0.24 and 0.25 (`st_*`), replaced in API 0.26 by
`tasks` and `task_by_campaign`. Calling them on a newer server raises
BEMServerAPIOperationUnavailableError before any request.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`: this module is where users import them from.
"""

from .._generated.resources import (
    AsyncStCheckMissingByCampaign,
    AsyncStCheckOutlierByCampaign,
    AsyncStCleanupByCampaign,
    AsyncStCleanupByTimeseries,
    AsyncStDownloadWeatherBySite,
    AsyncStDownloadWeatherForecastBySite,
    StCheckMissingByCampaign,
    StCheckOutlierByCampaign,
    StCleanupByCampaign,
    StCleanupByTimeseries,
    StDownloadWeatherBySite,
    StDownloadWeatherForecastBySite,
)

__all__ = [
    "AsyncStCheckMissingByCampaign",
    "AsyncStCheckOutlierByCampaign",
    "AsyncStCleanupByCampaign",
    "AsyncStCleanupByTimeseries",
    "AsyncStDownloadWeatherBySite",
    "AsyncStDownloadWeatherForecastBySite",
    "StCheckMissingByCampaign",
    "StCheckOutlierByCampaign",
    "StCleanupByCampaign",
    "StCleanupByTimeseries",
    "StDownloadWeatherBySite",
    "StDownloadWeatherForecastBySite",
]
