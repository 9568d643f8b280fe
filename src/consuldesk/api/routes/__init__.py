"""API route modules, one per area."""
