"""PDF documents: letters answering requests and breach notification drafts (reportlab)."""
