"""Channels: a mission's platform accounts, their encrypted credentials and their health."""
