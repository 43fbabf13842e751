"""Which API versions have which operations (written by the generator).

GENERATIONS names each group of releases with identical documents by its
newest release; a generation covers the versions after the previous one's
name up to its own. OPERATION_GENERATIONS lists the generations of the
operations that some generations lack; every other operation is in all.
"""

GENERATIONS: tuple[str, ...] = ("0.25.0", "0.27.0")

OPERATION_GENERATIONS: dict[str, tuple[str, ...]] = {
    "st_check_missing_by_campaign.create_st_check_missing_by_campaign": ("0.25.0",),
    "st_check_missing_by_campaign.delete_st_check_missing_by_campaign": ("0.25.0",),
    "st_check_missing_by_campaign.get_st_check_missing_by_campaign": ("0.25.0",),
    "st_check_missing_by_campaign.list_st_check_missings_by_campaigns": ("0.25.0",),
    "st_check_missing_by_campaign.list_st_check_missings_by_campaigns_full": ("0.25.0",),
    "st_check_missing_by_campaign.update_st_check_missing_by_campaign": ("0.25.0",),
    "st_check_outliers_by_campaign.create_st_check_outliers_by_campaign": ("0.25.0",),
    "st_check_outliers_by_campaign.delete_st_check_outliers_by_campaign": ("0.25.0",),
    "st_check_outliers_by_campaign.get_st_check_outliers_by_campaign": ("0.25.0",),
    "st_check_outliers_by_campaign.list_st_check_outliers_by_campaigns": ("0.25.0",),
    "st_check_outliers_by_campaign.list_st_check_outliers_by_campaigns_full": ("0.25.0",),
    "st_check_outliers_by_campaign.update_st_check_outliers_by_campaign": ("0.25.0",),
    "st_cleanup_by_campaign.create_st_cleanup_by_campaign": ("0.25.0",),
    "st_cleanup_by_campaign.delete_st_cleanup_by_campaign": ("0.25.0",),
    "st_cleanup_by_campaign.get_st_cleanup_by_campaign": ("0.25.0",),
    "st_cleanup_by_campaign.list_st_cleanups_by_campaigns": ("0.25.0",),
    "st_cleanup_by_campaign.list_st_cleanups_by_campaigns_full": ("0.25.0",),
    "st_cleanup_by_campaign.update_st_cleanup_by_campaign": ("0.25.0",),
    "st_cleanup_by_timeseries.get_st_cleanup_by_timeseries": ("0.25.0",),
    "st_cleanup_by_timeseries.list_st_cleanups_by_timeseries": ("0.25.0",),
    "st_cleanup_by_timeseries.list_st_cleanups_by_timeseries_full": ("0.25.0",),
    "st_download_weather_data_by_site.create_st_download_weather_data_by_site": ("0.25.0",),
    "st_download_weather_data_by_site.delete_st_download_weather_data_by_site": ("0.25.0",),
    "st_download_weather_data_by_site.get_st_download_weather_data_by_site": ("0.25.0",),
    "st_download_weather_data_by_site.list_st_download_weather_data_by_sites": ("0.25.0",),
    "st_download_weather_data_by_site.list_st_download_weather_data_by_sites_full": ("0.25.0",),
    "st_download_weather_data_by_site.update_st_download_weather_data_by_site": ("0.25.0",),
    "st_download_weather_forecast_data_by_site.create_st_download_weather_forecast_data_by_site": ("0.25.0",),
    "st_download_weather_forecast_data_by_site.delete_st_download_weather_forecast_data_by_site": ("0.25.0",),
    "st_download_weather_forecast_data_by_site.get_st_download_weather_forecast_data_by_site": ("0.25.0",),
    "st_download_weather_forecast_data_by_site.list_st_download_weather_forecast_data_by_sites": ("0.25.0",),
    "st_download_weather_forecast_data_by_site.list_st_download_weather_forecast_data_by_sites_full": ("0.25.0",),
    "st_download_weather_forecast_data_by_site.update_st_download_weather_forecast_data_by_site": ("0.25.0",),
    "task.list_tasks": ("0.27.0",),
    "task.run_task": ("0.27.0",),
    "task_by_campaign.create_task_by_campaign": ("0.27.0",),
    "task_by_campaign.delete_task_by_campaign": ("0.27.0",),
    "task_by_campaign.get_task_by_campaign": ("0.27.0",),
    "task_by_campaign.list_tasks_by_campaigns": ("0.27.0",),
    "task_by_campaign.update_task_by_campaign": ("0.27.0",),
}
