"""The dashboard: the figures of the work in charts (QtCharts, built when the tab is first opened)."""
