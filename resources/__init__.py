"""Data files shipped with DPO Workbench (demo data, translations, fonts)."""
