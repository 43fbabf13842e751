"""The scheduled services of API 0.24 and 0.25 (`st_*`), replaced in API 0.26 by
`tasks` and `task_by_campaign`. Calling them on a newer server raises
BEMServerAPIOperationUnavailableError before any request.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.st_check_missing_by_campaign import (
    AsyncStCheckMissingByCampaign,
    StCheckMissingByCampaign,
)
from .._generated.resources.st_check_outlier_by_campaign import (
    AsyncStCheckOutlierByCampaign,
    StCheckOutlierByCampaign,
)
from .._generated.resources.st_cleanup_by_campaign import (
    AsyncStCleanupByCampaign,
    StCleanupByCampaign,
)
from .._generated.resources.st_cleanup_by_timeseries import (
    AsyncStCleanupByTimeseries,
    StCleanupByTimeseries,
)
from .._generated.resources.st_download_weather_by_site import (
    AsyncStDownloadWeatherBySite,
    StDownloadWeatherBySite,
)
from .._generated.resources.st_download_weather_forecast_by_site import (
    AsyncStDownloadWeatherForecastBySite,
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
