"""Platform adapters at the edge. They depend on consuldesk.core (and httpx) only, never on storage."""
