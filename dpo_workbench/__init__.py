"""DPO Workbench: the GDPR case-management tool of a Data Protection Officer."""

__version__ = "0.1.0"
