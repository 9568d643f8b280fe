"""Missions, users, roles, sessions and permissions."""
