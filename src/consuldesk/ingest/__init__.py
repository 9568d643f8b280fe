"""Application service: connectors → stored raw items → triage pipeline → inbox cases."""
