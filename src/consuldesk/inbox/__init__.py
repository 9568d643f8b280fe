"""Inbound items, contacts, channels, cases, notes and reply drafts."""
