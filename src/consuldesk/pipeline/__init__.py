"""The triage pipeline: named stages over batches of TriageItem. Pure: no database, no network."""
